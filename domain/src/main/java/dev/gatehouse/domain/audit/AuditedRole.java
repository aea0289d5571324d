package dev.gatehouse.domain.audit;

import dev.gatehouse.domain.user.Role;
import java.util.Objects;

/** The role a role change granted or revoked. Stored as the role's id. */
public record AuditedRole(Role role) implements AuditDetail {

    public AuditedRole {
        Objects.requireNonNull(role, "role");
    }

    @Override
    public String text() {
        return role.id();
    }
}
