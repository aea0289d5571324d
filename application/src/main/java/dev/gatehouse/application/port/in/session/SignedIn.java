package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.throttle.IssuedDeviceToken;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * A fresh session: the signed-in user with that session ({@link Authenticated}, as every later
 * request will present it), and what only a sign-in hands out besides. The token exists here and in
 * the client's hands only; storage has its hash. {@code device} is for the browser to keep, so that
 * its later sign-ins to this account are recognised (see {@link HeldTokens}).
 */
public record SignedIn(Authenticated authenticated, IssuedDeviceToken device) {

    public SignedIn(SessionToken token, Session session, User user, Instant expiresAt, IssuedDeviceToken device) {
        this(new Authenticated(token, session, user, expiresAt), device);
    }

    public SessionToken token() {
        return authenticated.token();
    }

    public Session session() {
        return authenticated.session();
    }

    public User user() {
        return authenticated.user();
    }

    public Instant expiresAt() {
        return authenticated.expiresAt();
    }
}
