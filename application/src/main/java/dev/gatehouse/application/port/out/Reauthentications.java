package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.session.SessionId;
import java.time.Instant;
import java.util.Optional;

/**
 * When each session's person last proved themselves again after signing in (a session's sign-in
 * is its first authentication). Ends with its session.
 */
public interface Reauthentications {

    /** Never moves the time back. */
    void record(SessionId session, Instant at);

    Optional<Instant> latest(SessionId session);
}
