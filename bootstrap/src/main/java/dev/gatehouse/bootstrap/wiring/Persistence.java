package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.out.AttemptCounters;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.CodeFailures;
import dev.gatehouse.application.port.out.EmailChanges;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.PasskeyChallenges;
import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.application.port.out.SessionData;
import dev.gatehouse.application.port.out.SessionRevocations;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.cache.CacheEvictingUsers;
import dev.gatehouse.application.service.cache.CachingSessions;
import dev.gatehouse.application.service.cache.SessionCache;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.cache.CaffeineSessionCacheStore;
import dev.gatehouse.bootstrap.config.SessionCacheSettings;
import dev.gatehouse.bootstrap.database.DatabaseMigrator;
import dev.gatehouse.bootstrap.database.EmbeddedDatabaseLauncher;
import dev.gatehouse.bootstrap.database.StatementCacheDefaults;
import dev.gatehouse.bootstrap.jobs.LastSeenFlushing;
import dev.gatehouse.bootstrap.jobs.RevocationFeedPolling;
import dev.gatehouse.bootstrap.observability.FailSafeAuditTrail;
import dev.gatehouse.bootstrap.observability.Observability;
import dev.gatehouse.persistence.ClusterSchedule;
import dev.gatehouse.persistence.CodeSeal;
import dev.gatehouse.persistence.DeferredLastSeenSessions;
import dev.gatehouse.persistence.JdbiAttemptCounters;
import dev.gatehouse.persistence.JdbiAuditTrail;
import dev.gatehouse.persistence.JdbiCodeFailures;
import dev.gatehouse.persistence.JdbiEmailChanges;
import dev.gatehouse.persistence.JdbiIssuedCodes;
import dev.gatehouse.persistence.JdbiMailOutbox;
import dev.gatehouse.persistence.JdbiPasskeyChallenges;
import dev.gatehouse.persistence.JdbiPasskeys;
import dev.gatehouse.persistence.JdbiSessionData;
import dev.gatehouse.persistence.JdbiSessionRevocations;
import dev.gatehouse.persistence.JdbiSessions;
import dev.gatehouse.persistence.JdbiSettings;
import dev.gatehouse.persistence.JdbiTransactionRunner;
import dev.gatehouse.persistence.JdbiReauthentications;
import dev.gatehouse.persistence.JdbiSecondFactorChallenges;
import dev.gatehouse.persistence.JdbiTotpCredentials;
import dev.gatehouse.persistence.JdbiUsers;
import dev.gatehouse.persistence.MySqlNamedLock;
import dev.gatehouse.persistence.RetryingTransactionHandler;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The persistence adapter as the composition root sees it: {@link #open} the database, then
 * {@link #connect} the outbound ports that keep their state there, each built once and wrapped in
 * its metrics.
 */
public final class Persistence {

    /** The four ports nearly every slice works with: who the users are, their sessions, and what happened. */
    public record Accounts(Users users, Sessions sessions, TransactionRunner transactions, AuditTrail audit) {
    }

    /** The issued one-time codes and the wrong guesses at them. */
    public record CodeStore(IssuedCodes issued, CodeFailures failures) {
    }

    /**
     * The outbound ports stored in MySQL. {@code revocations} is the feed the purge empties;
     * {@code schedule} and {@code lock} let one node of a cluster run the purge at a time;
     * {@code emailChanges}: the pending changes of address.
     */
    public record Ports(Accounts accounts, CodeStore codes, MailOutbox outbox, AttemptCounters attempts,
                        SessionData sessionData, SessionRevocations revocations, ClusterSchedule schedule,
                        MySqlNamedLock lock, EmailChanges emailChanges) {
    }

    /** The accounts' passkeys and the WebAuthn challenges waiting for an answer. */
    public record PasskeyStore(Passkeys passkeys, PasskeyChallenges challenges) {
    }

    private Persistence() {
    }

    public static PasskeyStore passkeys(Jdbi jdbi) {
        return new PasskeyStore(new JdbiPasskeys(jdbi), new JdbiPasskeyChallenges(jdbi));
    }

    /** Starts the embedded database if configured, migrates the schema if asked to, and builds the pool. */
    public static Jdbi open(GatehouseConfiguration configuration, Environment environment,
                            EmbeddedDatabaseLauncher embeddedDatabase, Observability observability) throws Exception {
        DataSourceFactory dataSource = StatementCacheDefaults.applyTo(embeddedDatabase.prepare(configuration));
        environment.lifecycle().manage(embeddedDatabase);
        if (configuration.isMigrateOnStart()) {
            DatabaseMigrator.migrate(dataSource);
        }
        Jdbi jdbi = JdbiSettings.applyTo(new JdbiFactory().build(environment, dataSource, "database"));
        // JdbiSettings installed the retrying handler; installOn hands that one back, for its count.
        observability.watchTransactionRetries(RetryingTransactionHandler.installOn(jdbi)::retries);
        return jdbi;
    }

    /**
     * {@code codeSeal} encrypts the codes in the outbox's mail until it is sent. Users and sessions
     * come behind the session cache ({@code cache}): every removal of a session and every change of
     * an account goes through its decorators, which evict after the commit and post to the feed.
     */
    public static Ports connect(Jdbi jdbi, CodeSeal codeSeal, SessionCacheSettings cache, Environment environment,
                                Observability observability, Clock clock) {
        // Last-seen marks are written in batches, off the request path (the session check's largest cost).
        DeferredLastSeenSessions deferredLastSeen = new DeferredLastSeenSessions(new JdbiSessions(jdbi));
        environment.lifecycle().manage(new LastSeenFlushing(deferredLastSeen));
        TransactionRunner transactions = new JdbiTransactionRunner(jdbi);
        SessionRevocations revocations = new JdbiSessionRevocations(jdbi, clock);
        SessionCache sessionCache = sessionCache(cache, clock);
        if (sessionCache.enabled()) {
            environment.lifecycle().manage(new RevocationFeedPolling(revocations, sessionCache, clock));
        }
        Accounts accounts = new Accounts(
                new CacheEvictingUsers(new JdbiUsers(jdbi), sessionCache, revocations, transactions),
                new CachingSessions(observability.metered(deferredLastSeen), sessionCache, revocations, transactions),
                transactions,
                observability.metered(new FailSafeAuditTrail(new JdbiAuditTrail(jdbi), environment.metrics())));
        return new Ports(accounts, new CodeStore(new JdbiIssuedCodes(jdbi), new JdbiCodeFailures(jdbi)),
                new JdbiMailOutbox(jdbi, codeSeal), new JdbiAttemptCounters(jdbi), new JdbiSessionData(jdbi),
                revocations, new ClusterSchedule(jdbi), new MySqlNamedLock(jdbi), new JdbiEmailChanges(jdbi));
    }

    private static SessionCache sessionCache(SessionCacheSettings settings, Clock clock) {
        if (!settings.enabled()) {
            return SessionCache.off(clock);
        }
        return new SessionCache(new CaffeineSessionCacheStore(settings.maxEntries(), settings.ttl()), settings.ttl(), clock);
    }

    /** The second factors' tables: authenticator apps with their recovery codes, sign-in challenges, re-authentications. */
    public record SecondFactorStore(JdbiTotpCredentials totp, JdbiSecondFactorChallenges challenges,
                                    JdbiReauthentications reauthentications) {
    }

    public static SecondFactorStore secondFactors(Jdbi jdbi) {
        return new SecondFactorStore(new JdbiTotpCredentials(jdbi), new JdbiSecondFactorChallenges(jdbi),
                new JdbiReauthentications(jdbi));
    }
}
