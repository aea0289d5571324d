package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.User;

/** A session together with its owner, as one lookup brings them. */
public record SessionOfUser(Session session, User user) {
}
