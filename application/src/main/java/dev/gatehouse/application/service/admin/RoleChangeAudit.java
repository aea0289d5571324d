package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.AuditedRole;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.Role;
import java.time.Instant;
import java.util.Optional;

/** One audit row per role granted or revoked, so the trail reads as what changed, not as role sets. */
final class RoleChangeAudit {

    private final AuditTrail audit;

    RoleChangeAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** {@code actor} is absent for an operator's command on the server. */
    void record(AccountChange change, Optional<AuditedAccount> actor, RequestOrigin origin, Instant now) {
        AuditedAccount subject = AuditedAccount.of(change.after());
        for (Role role : change.granted()) {
            audit.record(event(now, AuditEventType.ROLE_GRANTED, actor, subject, role, origin));
        }
        for (Role role : change.revoked()) {
            audit.record(event(now, AuditEventType.ROLE_REVOKED, actor, subject, role, origin));
        }
    }

    private static AuditEvent event(Instant now, AuditEventType type, Optional<AuditedAccount> actor,
                                    AuditedAccount subject, Role role, RequestOrigin origin) {
        return AuditEvent.of(now, type, actor, subject, new AuditedRole(role), origin);
    }
}
