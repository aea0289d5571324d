package dev.gatehouse.application.service.account;

import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;

/**
 * The mails of a change of address, put in the outbox in the caller's transaction. Each notice says
 * when and from which browser, in the time zone of the account it goes to.
 */
public final class EmailChangeMails {

    private final MailOutbox outbox;

    public EmailChangeMails(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** The code that proves the new address, to that address, in the time zone of the account moving there. */
    void code(User account, EmailAddress newEmail, OneTimeCode code, Duration validFor, Instant now) {
        outbox.enqueue(OutgoingMail.code(MailKind.EMAIL_CHANGE_CODE, newEmail, code, validFor,
                MailFacts.at(now).inZone(account.timezone())), now);
    }

    /** To the current address: someone signed in to the account asked to move it elsewhere. */
    void changeRequested(User account, RequestOrigin origin, Instant now) {
        outbox.enqueue(OutgoingMail.notice(MailKind.EMAIL_CHANGE_REQUESTED, account.email(), facts(account, origin, now)),
                now);
    }

    /** To the owner of the address another account asked to move to: nothing changes for them. */
    void changeBlocked(User owner, RequestOrigin origin, Instant now) {
        outbox.enqueue(OutgoingMail.notice(MailKind.EMAIL_CHANGE_BLOCKED, owner.email(), facts(owner, origin, now)),
                now);
    }

    /** To the old address, naming the new one partly masked: enough to recognise it, too little to learn it. */
    void changed(User before, EmailAddress newEmail, RequestOrigin origin, Instant now) {
        outbox.enqueue(OutgoingMail.notice(MailKind.EMAIL_CHANGED, before.email(),
                facts(before, origin, now).naming(newEmail.masked())), now);
    }

    private static MailFacts facts(User recipient, RequestOrigin origin, Instant now) {
        return MailFacts.at(now).fromBrowser(origin.userAgent()).inZone(recipient.timezone());
    }
}
