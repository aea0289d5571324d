package dev.gatehouse.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * An attempt to prove who one is (a sign-in, a password change, a reset code): by what, and, when
 * refused, why. Stored as {@code method} or {@code method: reason}.
 */
public record Attempt(AttemptMethod method, Optional<AuditReason> refusal) implements AuditDetail {

    public Attempt {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(refusal, "refusal");
    }

    public static Attempt succeeded(AttemptMethod method) {
        return new Attempt(method, Optional.empty());
    }

    public static Attempt refused(AttemptMethod method, AuditReason reason) {
        return new Attempt(method, Optional.of(reason));
    }

    /** Whether the guess was turned away by the throttle before anything was checked. */
    public boolean throttled() {
        return refusal.filter(AuditReason.THROTTLED::equals).isPresent();
    }

    @Override
    public String text() {
        return method.id() + refusal.map(reason -> ": " + reason.id()).orElse("");
    }
}
