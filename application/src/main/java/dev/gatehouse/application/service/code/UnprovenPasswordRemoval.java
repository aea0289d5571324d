package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * What follows when a password set while the address was unproven is removed (a proof not bound to
 * its registration, or an operator promoting the account): the owner is told, in the transaction of
 * the removal, how to set a password if they want one; the audit trail records it afterwards.
 */
public final class UnprovenPasswordRemoval {

    private final AddressProofMail mail;
    private final AuditTrail audit;

    public UnprovenPasswordRemoval(AddressProofMail mail, AuditTrail audit) {
        this.mail = mail;
        this.audit = audit;
    }

    /** In the removal's transaction. */
    public void notify(User account, RequestOrigin origin, Instant now) {
        mail.unprovenPasswordRemoved(account, origin, now);
    }

    /** After the removal's transaction committed. */
    public void audit(User account, RequestOrigin origin, Instant now) {
        audit.record(AuditEvent.anonymous(now, AuditEventType.UNPROVEN_PASSWORD_REMOVED, AuditedAccount.of(account),
                AuditNote.NONE, origin));
    }
}
