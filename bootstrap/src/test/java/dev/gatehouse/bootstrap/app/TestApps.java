package dev.gatehouse.bootstrap.app;

import dev.gatehouse.application.service.admin.CreateOrPromoteAdminService;
import dev.gatehouse.application.service.cache.CacheEvictingUsers;
import dev.gatehouse.application.service.cache.CachingSessions;
import dev.gatehouse.application.service.cache.SessionCache;
import dev.gatehouse.application.testing.TestUsers;
import dev.gatehouse.bootstrap.GatehouseApplication;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.crypto.SecureRandomTokens;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.persistence.JdbiAuditTrail;
import dev.gatehouse.persistence.JdbiSessionRevocations;
import dev.gatehouse.persistence.JdbiSessions;
import dev.gatehouse.persistence.JdbiTransactionRunner;
import dev.gatehouse.persistence.JdbiUsers;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The whole app on random ports over a test class's own database, for the tests that start and stop
 * apps themselves; the others register a {@link FullAppExtension}. The database must exist before
 * the app starts, because the overrides read it then.
 */
public final class TestApps {

    private TestApps() {
    }

    public static DropwizardAppExtension<GatehouseConfiguration> on(TestDatabaseExtension database,
                                                                    ConfigOverride... more) {
        // Lambdas, not method references: the database exists only once the extension has run.
        return on(() -> database.database().jdbcUrl(), () -> database.database().user(),
                () -> database.database().password(), more);
    }

    /** The whole app over the database at a URL known only once the app starts. */
    public static DropwizardAppExtension<GatehouseConfiguration> on(Supplier<String> jdbcUrl, Supplier<String> user,
                                                                    Supplier<String> password, ConfigOverride... more) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("database.url", jdbcUrl),
                ConfigOverride.config("database.user", user),
                ConfigOverride.config("database.password", password)));
        overrides.addAll(List.of(more));
        return new DropwizardAppExtension<>(GatehouseApplication.class,
                ResourceHelpers.resourceFilePath("test-app.yml"), overrides.toArray(ConfigOverride[]::new));
    }

    /** An address no other test uses, as a client sends it: {@link TestUsers#uniqueEmail}'s. */
    public static String uniqueEmail(String prefix) {
        return TestUsers.uniqueEmail(prefix).value();
    }

    /**
     * Makes an account an administrator the way the {@code create-admin} command does, straight on
     * the test's database (its sessions end, as at every role change, and the change is posted to the
     * revocation feed, so running nodes drop their cached copies).
     */
    /**
     * A test shortcut, not a way the service offers: marks the address of a registration that waits
     * for its code as proven, keeping its password, as entering the code with the registration's
     * token would. For apps whose mail no test reads; with mail, prove it as a person would.
     */
    public static void markAddressProvenWithoutMail(TestDatabaseExtension database, String email) {
        markAddressProvenWithoutMail(database.database(), email);
    }

    public static void markAddressProvenWithoutMail(dev.gatehouse.persistence.testing.TestDatabase database,
                                                    String email) {
        markAddressProvenWithoutMail(database.jdbi(), email);
    }

    public static void markAddressProvenWithoutMail(Jdbi jdbi, String email) {
        int proven = jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE users SET status = 'active', email_verified = TRUE, password_unproven = FALSE,
                                         registration_token_hash = NULL
                         WHERE email = :email AND status = 'pending' AND password_unproven
                        """).bind("email", EmailAddress.of(email).value()).execute());
        if (proven != 1) {
            throw new AssertionError("no registration of " + email + " waits for its code");
        }
    }

    public static void promoteToAdmin(TestDatabaseExtension database, String email) {
        Jdbi jdbi = database.database().jdbi();
        Clock clock = Clock.systemUTC();
        JdbiTransactionRunner transactions = new JdbiTransactionRunner(jdbi);
        SessionCache noCache = SessionCache.off(clock);
        JdbiSessionRevocations feed = new JdbiSessionRevocations(jdbi, clock);
        new CreateOrPromoteAdminService(new CacheEvictingUsers(new JdbiUsers(jdbi), noCache, feed, transactions),
                new CachingSessions(new JdbiSessions(jdbi), noCache, feed, transactions), new SecureRandomTokens(),
                transactions, new JdbiAuditTrail(jdbi), clock)
                .createOrPromote(EmailAddress.of(email));
    }
}
