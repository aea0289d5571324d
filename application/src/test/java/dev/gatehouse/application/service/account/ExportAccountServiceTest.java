package dev.gatehouse.application.service.account;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.account.AccountExport;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportAccountServiceTest {

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();

    @Test
    void holdsTheAccountAsStoredItsSessionsAsListedAndTheEventsAboutItOnly() {
        User ann = aUser().build();
        User bob = aUser().build();
        users.add(ann);
        users.add(bob);
        Session current = aSession().of(ann).build();
        List<OwnSession> listed = List.of(new OwnSession(current, true, "Firefox on Linux"),
                new OwnSession(aSession().of(ann).build(), false, "Safari on iPhone"));
        AuditEvent annsOwn = AuditEvent.bySelf(clock.instant(), AuditEventType.REGISTERED, AuditedAccount.of(ann),
                AuditNote.NONE, TestOrigins.BROWSER);
        audit.record(annsOwn);
        audit.record(AuditEvent.bySelf(clock.instant(), AuditEventType.REGISTERED, AuditedAccount.of(bob), AuditNote.NONE,
                TestOrigins.BROWSER));
        Authenticated asking = new Authenticated(TestSessions.randomToken(), current, ann,
                clock.instant().plus(Duration.ofHours(1)));

        AccountExport export = new ExportAccountService(users, who -> listed, audit, clock).export(asking);

        assertThat(export.exportedAt()).isEqualTo(clock.instant());
        assertThat(export.account()).isEqualTo(ann);
        assertThat(export.sessions()).isEqualTo(listed);
        assertThat(export.auditEvents()).extracting(RecordedAuditEvent::event).containsExactly(annsOwn);
    }
}
