package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * A signed-in user with a session: the live session a request's token belongs to, that session's
 * user, and when it ends. The one record for it: a sign-in answers with it ({@link SignedIn}), every
 * later request is authenticated to it, and a rotation replaces its token. It differs from
 * {@code port.out.SessionOfUser}, a stored session and its owner not yet judged live and without the
 * token (storage has only its hash), and from {@code port.in.Actor}, who acts and from where, which an
 * operator's command or an administrator's change needs without any session.
 */
public record Authenticated(SessionToken token, Session session, User user, Instant expiresAt) {
}
