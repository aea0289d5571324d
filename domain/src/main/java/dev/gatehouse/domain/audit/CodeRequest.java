package dev.gatehouse.domain.audit;

import dev.gatehouse.domain.code.CodePurpose;
import java.util.Objects;
import java.util.Optional;

/**
 * A code asked for: its purpose, and why no code was sent when none was. Stored as {@code purpose}
 * or {@code purpose: reason}.
 */
public record CodeRequest(CodePurpose purpose, Optional<AuditReason> dropped) implements AuditDetail {

    public CodeRequest {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(dropped, "dropped");
    }

    @Override
    public String text() {
        return purpose.id() + dropped.map(reason -> ": " + reason.id()).orElse("");
    }
}
