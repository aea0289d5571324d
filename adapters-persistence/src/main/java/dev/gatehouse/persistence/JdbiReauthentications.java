package dev.gatehouse.persistence;

import static dev.gatehouse.persistence.UtcDateTimes.argument;
import static dev.gatehouse.persistence.UtcDateTimes.toInstant;

import dev.gatehouse.application.port.out.Reauthentications;
import dev.gatehouse.domain.session.SessionId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link Reauthentications} in {@code session_reauthentications}, one row per session. */
public final class JdbiReauthentications implements Reauthentications {

    private final Jdbi jdbi;

    public JdbiReauthentications(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void record(SessionId session, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO session_reauthentications (session_id, authenticated_at) VALUES (:sessionId, :at)
                        ON DUPLICATE KEY UPDATE authenticated_at = GREATEST(authenticated_at, VALUES(authenticated_at))
                        """)
                .bind("sessionId", session.toString())
                .bind("at", argument(at))
                .execute());
    }

    @Override
    public Optional<Instant> latest(SessionId session) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT authenticated_at FROM session_reauthentications WHERE session_id = :sessionId")
                .bind("sessionId", session.toString())
                .map((rs, ctx) -> toInstant(rs.getObject("authenticated_at", LocalDateTime.class)))
                .findOne());
    }
}
