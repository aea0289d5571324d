package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.Optional;

/**
 * What became of a code request, for the audit trail: the requester always hears the same answer,
 * but an administrator looking into abuse needs to tell a sent code from a dropped request.
 */
record CodeRequestOutcome(Optional<User> account, boolean issued) {

    static CodeRequestOutcome issuedTo(User account, boolean issued) {
        return new CodeRequestOutcome(Optional.of(account), issued);
    }

    static CodeRequestOutcome noAccount() {
        return new CodeRequestOutcome(Optional.empty(), false);
    }

    void record(AuditTrail audit, EmailAddress email, CodePurpose purpose, RequestOrigin origin, Instant now) {
        AuditedAccount subject = account.map(AuditedAccount::of).orElseGet(() -> AuditedAccount.unknown(email));
        audit.record(AuditEvent.anonymous(now, AuditEventType.CODE_REQUESTED, subject, purpose.id() + detail(), origin));
    }

    private String detail() {
        if (account.isEmpty()) {
            return ": unknown-account";
        }
        if (account.get().disabled()) {
            return ": disabled";
        }
        return issued ? "" : ": recently-sent";
    }
}
