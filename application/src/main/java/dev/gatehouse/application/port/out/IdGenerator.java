package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.UserId;

/** New identities, never issued before. */
public interface IdGenerator {

    UserId newUserId();

    SessionId newSessionId();
}
