package dev.gatehouse.web.page;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.throttle.IssuedDeviceToken;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** Domain objects for page tests, whose use cases are fakes. */
final class PageFixtures {

    static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    static final String PASSWORD = "correct horse battery staple";
    static final SessionToken SESSION_TOKEN = token((byte) 7);
    /** What a sign-in hands the browser to be recognised by next time; half a year, as configured by default. */
    static final IssuedDeviceToken DEVICE = new IssuedDeviceToken(DeviceToken.of("known-browser-device-token-0001"),
            NOW.plus(java.time.Duration.ofDays(180)));
    static final SessionToken OTHER_SESSION_TOKEN = token((byte) 9);
    static final SessionToken PRE_SESSION_TOKEN = token((byte) 3);
    static final SessionToken NEW_PRE_SESSION_TOKEN = token((byte) 5);

    private PageFixtures() {
    }

    static SessionToken token(byte fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, fill);
        return SessionToken.fromRandomBytes(bytes);
    }

    static User user(String email, Role... roles) {
        return User.rebuild(new UserId(UUID.nameUUIDFromBytes(email.getBytes())), EmailAddress.of(email),
                roles.length == 0 ? Set.of(Role.USER) : Set.of(roles), AccountStatus.ACTIVE,
                NOW.minusSeconds(86_400), null, null, new PasswordHash("$argon2id$fake"));
    }

    static Session session(User user, String label, SessionToken token, boolean rememberMe) {
        return Session.start(new SessionId(UUID.nameUUIDFromBytes((user.email() + "/" + label).getBytes())),
                user.id(), token.hash(), NOW, rememberMe, SessionLifetime.DEFAULT, label);
    }

    static Authenticated authenticated(User user) {
        Session session = session(user, "Firefox/140", SESSION_TOKEN, false);
        return new Authenticated(SESSION_TOKEN, session, user, session.expiresAt(SessionLifetime.DEFAULT));
    }

    static SignedIn signedIn(User user, boolean rememberMe) {
        Session session = session(user, "Firefox/140", SESSION_TOKEN, rememberMe);
        return new SignedIn(SESSION_TOKEN, session, user.signedInAt(NOW), session.expiresAt(SessionLifetime.DEFAULT), DEVICE);
    }

    static OwnSession own(Session session, boolean current) {
        return new OwnSession(session, current);
    }
}
