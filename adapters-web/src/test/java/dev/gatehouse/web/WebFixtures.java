package dev.gatehouse.web;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.application.testing.TestUsers;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.throttle.IssuedDeviceToken;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the API and page tests sign in with, built on the application's test builders
 * ({@link TestUsers}, {@link TestSessions}); their use cases are fakes. Ids follow from the email
 * address and tokens from a fill byte, so a test can name them; times are whole microseconds, as
 * storage keeps them, so the API's millisecond timestamps show the truncation.
 */
public final class WebFixtures {

    public static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123456Z");
    public static final String PASSWORD = TestUsers.DEFAULT_PASSWORD;
    public static final SessionToken SESSION_TOKEN = token((byte) 7);
    public static final SessionToken OTHER_SESSION_TOKEN = token((byte) 9);
    public static final SessionToken PRE_SESSION_TOKEN = token((byte) 3);
    public static final SessionToken NEW_PRE_SESSION_TOKEN = token((byte) 5);
    /** What a sign-in hands the browser to be recognised by next time; half a year, as configured by default. */
    public static final IssuedDeviceToken DEVICE = new IssuedDeviceToken(DeviceToken.of("known-browser-device-token-0001"),
            NOW.plus(Duration.ofDays(180)));

    /** The user agent of the sessions the fixtures start. */
    public static final String BROWSER = "Firefox/140";

    private WebFixtures() {
    }

    public static SessionToken token(byte fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, fill);
        return SessionToken.fromRandomBytes(bytes);
    }

    /** An active account with the {@code user} role unless {@code roles} name others, registered an hour ago. */
    public static User user(String email, Role... roles) {
        TestUsers user = aUser().withId(new UserId(UUID.nameUUIDFromBytes(email.getBytes()))).withEmail(email)
                .createdAt(NOW.minusSeconds(3600));
        return (roles.length == 0 ? user : user.withRoles(roles[0], Arrays.copyOfRange(roles, 1, roles.length))).build();
    }

    /** A session started now, as {@code Session.start} starts one under the default lifetime. */
    public static Session session(User user, String label, SessionToken token, boolean rememberMe) {
        SessionLifetime lifetime = SessionLifetime.DEFAULT;
        Duration lifespan = rememberMe ? lifetime.rememberMeLifetime() : lifetime.absoluteLifetime();
        TestSessions session = aSession().of(user)
                .withId(new SessionId(UUID.nameUUIDFromBytes((user.email() + "/" + label).getBytes())))
                .withToken(token).createdAt(NOW).absoluteExpiresAt(NOW.plus(lifespan)).withUserAgent(label);
        return (rememberMe ? session.rememberMe() : session).build();
    }

    public static Session session(User user, boolean rememberMe) {
        return session(user, BROWSER, SESSION_TOKEN, rememberMe);
    }

    public static Authenticated authenticated(User user) {
        Session session = session(user, false);
        return new Authenticated(SESSION_TOKEN, session, user, session.expiresAt(SessionLifetime.DEFAULT));
    }

    public static SignedIn signedIn(User user, boolean rememberMe) {
        Session session = session(user, rememberMe);
        return new SignedIn(SESSION_TOKEN, session, user.signedInAt(NOW), session.expiresAt(SessionLifetime.DEFAULT), DEVICE);
    }

    public static OwnSession own(Session session, boolean current) {
        // The agent itself as the name, so a page test sees which session a name belongs to.
        return new OwnSession(session, current, session.userAgent().orElse("an unknown browser"));
    }

    public static Map<String, Object> json(Response response) {
        return response.readEntity(new GenericType<Map<String, Object>>() { });
    }

    public static List<Map<String, Object>> jsonList(Response response) {
        return response.readEntity(new GenericType<List<Map<String, Object>>>() { });
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> errors(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.get("errors");
    }
}
