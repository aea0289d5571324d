package dev.gatehouse.application.service.notice;

import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * A notice to the owner of an account about something done to it: what (the kind), when, from which
 * browser, shown in the owner's time zone. Enqueued in the transaction of the change it tells about,
 * so a change is never made without its notice, nor a notice sent for a change that was undone.
 */
public final class SecurityNotice {

    private SecurityNotice() {
    }

    public static OutgoingMail about(MailKind kind, User owner, RequestOrigin origin, Instant now) {
        return OutgoingMail.notice(kind, owner.email(),
                MailFacts.at(now).fromBrowser(origin.userAgent()).inZone(owner.timezone()));
    }
}
