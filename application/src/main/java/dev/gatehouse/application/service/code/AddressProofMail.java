package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * The mails around proving an address, each put in the outbox in the caller's transaction: the
 * registration's code (a sign-in code, so entering it proves the address and signs in), the
 * notice to the owner of an address someone tried to register, and the notice that a password set
 * before the address was proven was removed.
 */
public final class AddressProofMail {

    private final CodeIssuer issuer;
    private final MailOutbox outbox;

    public AddressProofMail(CodeIssuer issuer, MailOutbox outbox) {
        this.issuer = issuer;
        this.outbox = outbox;
    }

    /** The issuer the code mails go through, for the code services to share. */
    public CodeIssuer issuer() {
        return issuer;
    }

    /** Within the resend interval of the last code nothing is mailed: that code still proves the address. */
    public void confirmationCode(User account, Instant now) {
        issuer.issue(account, CodePurpose.SIGN_IN, MailKind.ADDRESS_CONFIRMATION_CODE, now);
    }

    public void registrationAttempt(User owner, RequestOrigin origin, Instant now) {
        outbox.enqueue(OutgoingMail.notice(MailKind.REGISTRATION_ATTEMPT, owner.email(), facts(owner, origin, now)), now);
    }

    public void unprovenPasswordRemoved(User account, RequestOrigin origin, Instant now) {
        outbox.enqueue(OutgoingMail.notice(MailKind.UNPROVEN_PASSWORD_REMOVED, account.email(),
                facts(account, origin, now)), now);
    }

    private static MailFacts facts(User account, RequestOrigin origin, Instant now) {
        return MailFacts.at(now).fromBrowser(origin.userAgent()).inZone(account.timezone());
    }
}
