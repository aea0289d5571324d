package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.throttle.IssuedDeviceToken;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * A fresh session. The token exists here and in the client's hands only; storage has its hash.
 * {@code device} is for the browser to keep, so that its later sign-ins to this account are
 * recognised (see {@link HeldTokens}).
 */
public record SignedIn(SessionToken token, Session session, User user, Instant expiresAt, IssuedDeviceToken device) {
}
