package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.Session;

/** A session in its owner's list, marked when it is the one asking. */
public record OwnSession(Session session, boolean current) {
}
