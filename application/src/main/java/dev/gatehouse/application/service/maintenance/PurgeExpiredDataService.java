package dev.gatehouse.application.service.maintenance;

import dev.gatehouse.application.port.in.maintenance.PurgeExpiredDataUseCase;
import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.CodeFailures;
import dev.gatehouse.application.port.out.EmailChanges;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.SessionRevocations;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.session.SessionLifetime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Expired sessions and codes are already refused when presented; removing them keeps the tables
 * small and leaves nothing to steal. Pending accounts that were never confirmed are removed after
 * {@code pendingAccountMaxAge}, freeing their address. Audit events are kept for
 * {@code auditRetention}, long enough to look into an incident, not forever; throttle counts
 * once their window is over and no lock holds. A pending change of address is forgotten once its
 * code is dead: it names an address its owner may never have confirmed. The revocation feed is read
 * by every node within a second; an hour keeps it for any node that was briefly away.
 */
public final class PurgeExpiredDataService implements PurgeExpiredDataUseCase {

    static final Duration REVOCATION_FEED_RETENTION = Duration.ofHours(1);

    private final Sessions sessions;
    private final IssuedCodes codes;
    private final CodeFailures codeFailures;
    private final Users users;
    private final SessionLifetime lifetime;
    private final CodeRules codeRules;
    private final Duration pendingAccountMaxAge;
    private final AuditTrail audit;
    private final Duration auditRetention;
    private final AttemptCounters attempts;
    private final EmailChanges emailChanges;
    private final Duration attemptWindow;
    private final SessionRevocations revocations;
    private final Clock clock;

    public PurgeExpiredDataService(Sessions sessions, IssuedCodes codes, CodeFailures codeFailures, Users users,
                                   SessionLifetime lifetime, CodeRules codeRules, Duration pendingAccountMaxAge,
                                   AuditTrail audit, Duration auditRetention,
                                   AttemptCounters attempts, Duration attemptWindow, EmailChanges emailChanges,
                                   SessionRevocations revocations, Clock clock) {
        this.sessions = sessions;
        this.codes = codes;
        this.codeFailures = codeFailures;
        this.users = users;
        this.lifetime = lifetime;
        this.codeRules = codeRules;
        this.pendingAccountMaxAge = pendingAccountMaxAge;
        this.audit = audit;
        this.auditRetention = auditRetention;
        this.attempts = attempts;
        this.attemptWindow = attemptWindow;
        this.emailChanges = emailChanges;
        this.revocations = revocations;
        this.clock = clock;
    }

    @Override
    public PurgeReport purgeExpired() {
        Instant now = clock.instant();
        return new PurgeReport(
                sessions.removeExpired(now, now.minus(lifetime.idleTimeout())),
                codes.removeExpired(now),
                codeFailures.removeBefore(now.minus(codeRules.failureWindow())),
                users.removePendingCreatedBefore(now.minus(pendingAccountMaxAge)),
                audit.removeOlderThan(now.minus(auditRetention)),
                attempts.removeIdleSince(now.minus(attemptWindow)),
                emailChanges.removeRequestedBefore(now.minus(codeRules.validity())),
                revocations.removePostedBefore(now.minus(REVOCATION_FEED_RETENTION)));
    }
}
