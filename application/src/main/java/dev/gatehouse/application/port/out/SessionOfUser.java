package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.User;

/**
 * A stored session together with its owner, as one lookup brings them. Not yet a signed-in user
 * ({@code port.in.session.Authenticated}): the session may have expired or its owner been disabled,
 * which the use case judges, and storage has no token, only its hash.
 */
public record SessionOfUser(Session session, User user) {
}
