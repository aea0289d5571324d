package dev.gatehouse.domain.throttle;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an attempt may be made, decided together with counting it: an admitted attempt is
 * counted in {@code after}; a refused one is not counted at all and must wait {@code refusedFor}.
 */
public record Admission(AttemptState after, Optional<Duration> refusedFor) {

    public Admission {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(refusedFor, "refusedFor");
    }

    public static Admission admitted(AttemptState after) {
        return new Admission(after, Optional.empty());
    }

    public static Admission refused(AttemptState unchanged, Duration wait) {
        return new Admission(unchanged, Optional.of(wait));
    }

    public boolean isAdmitted() {
        return refusedFor.isEmpty();
    }
}
