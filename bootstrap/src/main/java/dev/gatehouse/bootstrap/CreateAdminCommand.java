package dev.gatehouse.bootstrap;

import dev.gatehouse.application.port.in.admin.CreateOrPromoteAdminUseCase;
import dev.gatehouse.application.service.admin.CreateOrPromoteAdminService;
import dev.gatehouse.application.service.cache.CacheEvictingUsers;
import dev.gatehouse.application.service.cache.CachingSessions;
import dev.gatehouse.application.service.cache.SessionCache;
import dev.gatehouse.bootstrap.cli.CommandFailure;
import dev.gatehouse.bootstrap.cli.QuietPoolStart;
import dev.gatehouse.bootstrap.database.DatabaseMigrator;
import dev.gatehouse.bootstrap.database.EmbeddedDatabaseLauncher;
import dev.gatehouse.bootstrap.observability.FailSafeAuditTrail;
import dev.gatehouse.crypto.SecureRandomTokens;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.JdbiAuditTrail;
import dev.gatehouse.persistence.JdbiSessionRevocations;
import dev.gatehouse.persistence.JdbiSessions;
import dev.gatehouse.persistence.JdbiSettings;
import dev.gatehouse.persistence.JdbiTransactionRunner;
import dev.gatehouse.persistence.JdbiUsers;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.util.stream.Collectors;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * {@code create-admin <config> --email <address>}: creates an active administrator without a
 * password, or promotes (and opens) an existing account. The person then signs in with an emailed
 * code or sets a password through a reset, so no secret is ever set or printed here. Brings up the
 * embedded database when the configuration asks for it, and applies the changelog first. An
 * address that is already an active administrator is refused (exit status 1), so a typo in a
 * script that meant another address does not pass unnoticed.
 */
final class CreateAdminCommand extends ConfiguredCommand<GatehouseConfiguration> {

    private static final String EMAIL = "email";

    private final PrintStream out;

    CreateAdminCommand() {
        this(System.out);
    }

    CreateAdminCommand(PrintStream out) {
        super("create-admin", "Creates an administrator, or gives an existing account the admin role");
        this.out = out;
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--email").dest(EMAIL).required(true).help("the administrator's email address");
    }

    @Override
    protected void run(Bootstrap<GatehouseConfiguration> bootstrap, Namespace namespace,
                       GatehouseConfiguration configuration) throws Exception {
        QuietPoolStart.during(() -> createOrPromote(bootstrap, namespace, configuration));
    }

    private void createOrPromote(Bootstrap<GatehouseConfiguration> bootstrap, Namespace namespace,
                                 GatehouseConfiguration configuration) throws Exception {
        EmailAddress email;
        try {
            email = EmailAddress.of(namespace.getString(EMAIL));
        } catch (InvalidEmailAddressException invalid) {
            throw new CommandFailure("--email: " + invalid.getMessage(), invalid);
        }
        EmbeddedDatabaseLauncher embeddedDatabase = new EmbeddedDatabaseLauncher();
        try {
            DataSourceFactory dataSourceFactory = embeddedDatabase.prepare(configuration);
            DatabaseMigrator.migrate(dataSourceFactory);
            ManagedDataSource dataSource = dataSourceFactory.build(bootstrap.getMetricRegistry(), "create-admin");
            try {
                dataSource.start();
                Jdbi jdbi = JdbiSettings.applyTo(Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()));
                Clock clock = Clock.systemUTC();
                JdbiTransactionRunner transactions = new JdbiTransactionRunner(jdbi);
                // No cache in this process, but a promotion is posted to the feed, so running servers drop theirs.
                SessionCache noCache = SessionCache.off(clock);
                JdbiSessionRevocations feed = new JdbiSessionRevocations(jdbi, clock);
                CreateOrPromoteAdminUseCase createOrPromote = new CreateOrPromoteAdminService(
                        new CacheEvictingUsers(new JdbiUsers(jdbi), noCache, feed, transactions),
                        new CachingSessions(new JdbiSessions(jdbi), noCache, feed, transactions),
                        new SecureRandomTokens(), transactions,
                        new FailSafeAuditTrail(new JdbiAuditTrail(jdbi), bootstrap.getMetricRegistry()), clock);
                CreateOrPromoteAdminUseCase.Administrator result = createOrPromote.createOrPromote(email);
                User admin = result.user();
                if (result.alreadyAdministrator()) {
                    throw new CommandFailure(admin.email().value() + " is already an administrator; nothing changed");
                }
                if (result.unprovenPasswordRemoved()) {
                    out.println("Removed a password set before the address was confirmed (anyone could have chosen it).");
                }
                out.printf("Administrator %s (id %s), roles %s, %s%n", admin.email().value(), admin.id(),
                        admin.roles().stream().sorted().map(Role::id).collect(Collectors.joining(", ")),
                        admin.status().id());
                if (admin.passwordHash().isEmpty()) {
                    out.println("No password is set: sign in with an emailed code, or set one via a password reset.");
                }
            } finally {
                dataSource.stop();
            }
        } finally {
            embeddedDatabase.stop();
        }
    }
}
