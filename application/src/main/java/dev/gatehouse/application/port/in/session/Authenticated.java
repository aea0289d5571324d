package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/** A request's proof of identity: the live session its token belongs to and that session's user. */
public record Authenticated(SessionToken token, Session session, User user, Instant expiresAt) {
}
