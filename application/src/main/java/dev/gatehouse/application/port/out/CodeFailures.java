package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.user.UserId;
import java.time.Instant;

/** Wrong code entries per account, kept apart from the codes so that a new code resets nothing. */
public interface CodeFailures {

    void record(UserId user, Instant at);

    int countSince(UserId user, Instant since);

    /** @return how many failures recorded before {@code cutoff} were forgotten */
    int removeBefore(Instant cutoff);
}
