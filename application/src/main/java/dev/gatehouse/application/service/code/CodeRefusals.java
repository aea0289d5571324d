package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.time.Instant;

/**
 * Records a refused code in the audit trail: a refused sign-in code is a failed sign-in, a refused
 * reset code a rejected code. The detail names the purpose and the class of reason only.
 */
final class CodeRefusals {

    private final AuditTrail audit;

    CodeRefusals(AuditTrail audit) {
        this.audit = audit;
    }

    void record(AuditedAccount subject, CodePurpose purpose, AuditReason reason, RequestOrigin origin, Instant now) {
        AuditEventType type = purpose == CodePurpose.SIGN_IN ? AuditEventType.SIGN_IN_FAILED : AuditEventType.CODE_REJECTED;
        Attempt refused = Attempt.refused(AttemptMethod.enteringCode(purpose), reason);
        audit.record(AuditEvent.anonymous(now, type, subject, refused, origin));
    }
}
