package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.throttle.IssuedDeviceToken;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** Domain objects for web tests, whose use cases are fakes. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123456Z");
    static final SessionToken TOKEN = token((byte) 7);
    /** What a sign-in hands the browser to be recognised by next time; half a year, as configured by default. */
    static final IssuedDeviceToken DEVICE = new IssuedDeviceToken(DeviceToken.of("known-browser-device-token-0001"),
            NOW.plus(java.time.Duration.ofDays(180)));
    static final SessionToken OTHER_TOKEN = token((byte) 9);

    private Fixtures() {
    }

    static java.util.Map<String, Object> json(jakarta.ws.rs.core.Response response) {
        return response.readEntity(new jakarta.ws.rs.core.GenericType<java.util.Map<String, Object>>() { });
    }

    static java.util.List<java.util.Map<String, Object>> jsonList(jakarta.ws.rs.core.Response response) {
        return response.readEntity(new jakarta.ws.rs.core.GenericType<java.util.List<java.util.Map<String, Object>>>() { });
    }

    @SuppressWarnings("unchecked")
    static java.util.Map<String, Object> object(Object json) {
        return (java.util.Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    static java.util.List<java.util.Map<String, Object>> errors(java.util.Map<String, Object> problem) {
        return (java.util.List<java.util.Map<String, Object>>) problem.get("errors");
    }

    static SessionToken token(byte fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, fill);
        return SessionToken.fromRandomBytes(bytes);
    }

    static User user(String email) {
        return User.registerWithPassword(new UserId(UUID.nameUUIDFromBytes(email.getBytes())),
                EmailAddress.of(email), new PasswordHash("$argon2id$fake"), NOW.minusSeconds(3600));
    }

    static Session session(User user, boolean rememberMe) {
        return Session.start(new SessionId(UUID.nameUUIDFromBytes((user.email() + "/s").getBytes())), user.id(),
                TOKEN.hash(), NOW, rememberMe, SessionLifetime.DEFAULT, "JUnit");
    }

    static SignedIn signedIn(User user, boolean rememberMe) {
        Session session = session(user, rememberMe);
        return new SignedIn(TOKEN, session, user.signedInAt(NOW), session.expiresAt(SessionLifetime.DEFAULT), DEVICE);
    }

    static Authenticated authenticated(User user) {
        Session session = session(user, false);
        return new Authenticated(TOKEN, session, user, session.expiresAt(SessionLifetime.DEFAULT));
    }
}
