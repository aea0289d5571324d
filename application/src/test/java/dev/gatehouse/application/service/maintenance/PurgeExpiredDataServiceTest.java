package dev.gatehouse.application.service.maintenance;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.maintenance.PurgeExpiredDataUseCase.PurgeReport;
import dev.gatehouse.application.port.out.Revocation;
import dev.gatehouse.application.testing.InMemoryAttemptCounters;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryCodeFailures;
import dev.gatehouse.application.testing.InMemoryEmailChanges;
import dev.gatehouse.application.testing.InMemoryIssuedCodes;
import dev.gatehouse.application.testing.InMemorySessionRevocations;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.PendingEmailChange;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurgeExpiredDataServiceTest {

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);
    private final InMemoryIssuedCodes codes = new InMemoryIssuedCodes();
    private final InMemoryCodeFailures failures = new InMemoryCodeFailures();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryEmailChanges changes = new InMemoryEmailChanges();
    private final InMemorySessionRevocations revocations = new InMemorySessionRevocations(clock);
    private final PurgeExpiredDataService purge = new PurgeExpiredDataService(sessions, codes, failures, users,
            SessionLifetime.DEFAULT, CodeRules.DEFAULT, Duration.ofDays(7), audit, Duration.ofDays(365),
            new InMemoryAttemptCounters(), Duration.ofHours(1), changes, revocations, clock);

    @Test
    void removesWhatHasExpiredAndKeepsWhatIsLive() {
        clock.advance(Duration.ofMinutes(-61));
        revocations.post(Revocation.ofUser(new UserId(UUID.randomUUID())));
        clock.advance(Duration.ofMinutes(2));
        Revocation recent = Revocation.ofUser(new UserId(UUID.randomUUID()));
        revocations.post(recent);
        clock.advance(Duration.ofMinutes(59));
        User ann = aUser().build();
        users.add(ann);
        sessions.add(TestSessions.aSession().of(ann).createdAt(clock.instant().minus(Duration.ofHours(13)))
                .absoluteExpiresAt(clock.instant().minus(Duration.ofHours(1))).build());
        sessions.add(TestSessions.aSession().of(ann).createdAt(clock.instant())
                .absoluteExpiresAt(clock.instant().plus(Duration.ofHours(12))).build());
        codes.add(IssuedCode.issue(ann.id(), CodePurpose.SIGN_IN, new CodeHash("c".repeat(64)),
                clock.instant().minus(Duration.ofMinutes(11)), CodeRules.DEFAULT), Duration.ZERO);
        failures.record(ann.id(), clock.instant().minus(Duration.ofHours(2)));
        failures.record(ann.id(), clock.instant());
        User oldPending = User.pendingSignup(new UserId(UUID.randomUUID()), EmailAddress.of("old@example.org"),
                clock.instant().minus(Duration.ofDays(8)));
        User newPending = User.pendingSignup(new UserId(UUID.randomUUID()), EmailAddress.of("new@example.org"),
                clock.instant().minus(Duration.ofDays(1)));
        users.add(oldPending);
        users.add(newPending);
        audit.record(AuditEvent.bySelf(clock.instant().minus(Duration.ofDays(366)), AuditEventType.SIGNED_OUT,
                AuditedAccount.of(ann), "", TestOrigins.BROWSER));
        audit.record(AuditEvent.bySelf(clock.instant().minus(Duration.ofDays(364)), AuditEventType.SIGNED_OUT,
                AuditedAccount.of(ann), "", TestOrigins.BROWSER));
        changes.replace(new PendingEmailChange(ann.id(), EmailAddress.of("ann.dead@example.org"),
                clock.instant().minus(CodeRules.DEFAULT.validity()).minusNanos(1000)));
        changes.replace(new PendingEmailChange(newPending.id(), EmailAddress.of("new.live@example.org"),
                clock.instant().minus(Duration.ofMinutes(1))));

        PurgeReport report = purge.purgeExpired();

        assertThat(report).isEqualTo(new PurgeReport(1, 1, 1, 1, 1, 0, 1, 1));
        assertThat(changes.find(ann.id())).isEmpty();
        assertThat(changes.find(newPending.id())).isPresent();
        assertThat(revocations.all()).containsExactly(recent);
        assertThat(sessions.findByUser(ann.id())).hasSize(1);
        assertThat(users.findById(oldPending.id())).isEmpty();
        assertThat(users.findById(newPending.id())).isPresent();
        assertThat(users.findById(ann.id())).isPresent();
        assertThat(audit.count()).isEqualTo(1);
    }
}
