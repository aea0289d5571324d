package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.CodeRequest;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What became of a code request, for the audit trail: the requester always hears the same answer,
 * but an administrator looking into abuse needs to tell a sent code from a dropped request.
 */
record CodeRequestOutcome(Optional<User> account, Optional<AuditReason> dropped) {

    /**
     * A request for an existing account: a code is issued ({@code issue}) only to an account that may
     * sign in by code, which a reset code proves as well.
     */
    static CodeRequestOutcome requestedFor(User account, BooleanSupplier issue) {
        Optional<AuditReason> dropped = account.signInRefusal(SignInMethod.CODE).map(AuditReason::of)
                .or(() -> issue.getAsBoolean() ? Optional.empty() : Optional.of(AuditReason.RECENTLY_SENT));
        return new CodeRequestOutcome(Optional.of(account), dropped);
    }

    static CodeRequestOutcome noAccount() {
        return new CodeRequestOutcome(Optional.empty(), Optional.of(AuditReason.UNKNOWN_ACCOUNT));
    }

    void record(AuditTrail audit, EmailAddress email, CodePurpose purpose, RequestOrigin origin, Instant now) {
        AuditedAccount subject = account.map(AuditedAccount::of).orElseGet(() -> AuditedAccount.unknown(email));
        audit.record(AuditEvent.anonymous(now, AuditEventType.CODE_REQUESTED, subject, new CodeRequest(purpose, dropped),
                origin));
    }
}
