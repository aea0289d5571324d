package dev.gatehouse.bootstrap;

import dev.gatehouse.application.service.throttle.Throttle;
import dev.gatehouse.bootstrap.database.DatabaseMigrator;
import dev.gatehouse.bootstrap.database.EmbeddedDatabaseLauncher;
import dev.gatehouse.bootstrap.jobs.BackgroundJobs;
import dev.gatehouse.bootstrap.observability.Observability;
import dev.gatehouse.bootstrap.wiring.AccountDataWiring;
import dev.gatehouse.bootstrap.wiring.AccountDataWiring.AccountDataUseCases;
import dev.gatehouse.bootstrap.wiring.AdminWiring;
import dev.gatehouse.bootstrap.wiring.ArticleWiring;
import dev.gatehouse.application.service.code.AddressProofMail;
import dev.gatehouse.bootstrap.wiring.CodeWiring;
import dev.gatehouse.bootstrap.wiring.CodeWiring.CodeUseCases;
import dev.gatehouse.bootstrap.wiring.Credentials;
import dev.gatehouse.bootstrap.wiring.EmailChangeWiring;
import dev.gatehouse.bootstrap.wiring.MailWiring;
import dev.gatehouse.bootstrap.wiring.MaintenanceWiring;
import dev.gatehouse.bootstrap.wiring.PasskeyWiring;
import dev.gatehouse.bootstrap.wiring.PasswordAccountWiring;
import dev.gatehouse.bootstrap.wiring.PasswordAccountWiring.PasswordAccounts;
import dev.gatehouse.bootstrap.wiring.Persistence;
import dev.gatehouse.bootstrap.wiring.Persistence.Ports;
import dev.gatehouse.bootstrap.wiring.Persistence.SecondFactorStore;
import dev.gatehouse.bootstrap.wiring.SecondFactorWiring;
import dev.gatehouse.bootstrap.wiring.SessionWiring;
import dev.gatehouse.bootstrap.wiring.SessionWiring.SessionUseCases;
import dev.gatehouse.bootstrap.wiring.SignInPorts;
import dev.gatehouse.bootstrap.wiring.WebWiring;
import dev.gatehouse.web.AdminUseCases;
import dev.gatehouse.web.EmailChangeUseCases;
import dev.gatehouse.web.SecondFactorUseCases;
import dev.gatehouse.application.service.mfa.MfaSettings;
import dev.gatehouse.web.PasskeyUseCases;
import dev.gatehouse.bootstrap.cli.GatehouseCommandLine;
import dev.gatehouse.bootstrap.cli.GatehouseServerCommand;
import dev.gatehouse.bootstrap.cli.QuietPoolStart;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.migrations.DbCommand;
import net.sourceforge.argparse4j.inf.Namespace;
import io.dropwizard.util.JarLocation;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root, read top-down: the persistence and credentials adapters, then one wiring per
 * slice (each in {@code wiring}, named after it), then the web adapter's two faces over what they built.
 */
public class GatehouseApplication extends Application<GatehouseConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(GatehouseApplication.class);

    private final EmbeddedDatabaseLauncher embeddedDatabase = new EmbeddedDatabaseLauncher();

    public static void main(String[] args) throws Exception {
        GatehouseApplication application = new GatehouseApplication();
        // A failure exits with status 1 (onFatalError), after one line on stderr.
        application.run(args);
        if (!startsServer(args)) {
            // A finished command (db migrate, create-admin, ...) leaves the embedded database's process
            // threads running, which would keep the JVM alive; the server stops it with its lifecycle.
            application.embeddedDatabase.stop();
        }
    }

    private static boolean startsServer(String[] args) {
        return args.length > 0 && args[0].equals("server");
    }

    /**
     * As Dropwizard's, except that a failing command is told in one line on stderr, with no stack
     * trace or usage dump ({@link GatehouseCommandLine}), before {@link #onFatalError} exits with 1.
     */
    @Override
    public void run(String... arguments) throws Exception {
        commandLine(System.out, System.err).run(arguments).ifPresent(this::onFatalError);
    }

    /** The command line as {@link #run(String...)} runs it, writing to the given streams: for tests. */
    public GatehouseCommandLine commandLine(OutputStream out, PrintStream err) {
        Bootstrap<GatehouseConfiguration> bootstrap = new Bootstrap<>(this);
        addDefaultCommands(bootstrap);
        initialize(bootstrap);
        bootstrap.registerMetrics();
        return new GatehouseCommandLine(new JarLocation(getClass()), bootstrap, out, err);
    }

    @Override
    protected void addDefaultCommands(Bootstrap<GatehouseConfiguration> bootstrap) {
        bootstrap.addCommand(new GatehouseServerCommand(this));
        bootstrap.addCommand(new CheckCommand<>(this));
    }

    @Override
    public String getName() {
        return "gatehouse";
    }

    @Override
    public void initialize(Bootstrap<GatehouseConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
        // Dropwizard's `db` commands (what MigrationsBundle adds), with the pool's start quiet as in every command.
        bootstrap.addCommand(new DbCommand<>("db", embeddedDatabase::prepare, GatehouseConfiguration.class,
                DatabaseMigrator.CHANGELOG) {
            @Override
            protected void run(Bootstrap<GatehouseConfiguration> commandBootstrap, Namespace namespace,
                               GatehouseConfiguration configuration) throws Exception {
                QuietPoolStart.during(() -> super.run(commandBootstrap, namespace, configuration));
            }
        });
        WebWiring.addBundles(bootstrap);
        bootstrap.addCommand(new CreateAdminCommand());
    }

    @Override
    public void run(GatehouseConfiguration config, Environment environment) throws Exception {
        long started = System.nanoTime();
        Observability observability = Observability.install(environment, config.getServerFactory());
        Jdbi jdbi = Persistence.open(config, environment, embeddedDatabase, observability);
        Credentials credentials = Credentials.load(config, observability);
        Clock clock = Clock.systemUTC();
        Ports ports = Persistence.connect(jdbi, credentials.codeSeal(), config.getSessions().cache(), environment,
                observability, clock);

        SecondFactorStore secondFactorStore = Persistence.secondFactors(jdbi);
        MfaSettings mfa = SecondFactorWiring.settings(config);
        SessionUseCases sessions = SessionWiring.wire(config.getSessions(), config.getNotifications(), ports.accounts(),
                ports.outbox(), credentials, SecondFactorWiring.gate(secondFactorStore, credentials, mfa), clock);
        // Guessing and costly requests are throttled in front of the use cases; the counts live in MySQL.
        Throttle throttle = new Throttle(ports.attempts(), config.getThrottling().policies());
        SignInPorts signIn = new SignInPorts(ports.accounts(), credentials, throttle, sessions.starter(), clock);
        SecondFactorUseCases secondFactors = SecondFactorWiring.wire(secondFactorStore, credentials, ports.accounts(),
                sessions.starter(), throttle, mfa, clock);
        AddressProofMail addressMail = CodeWiring.addressProofMail(config.getCodes(), signIn, ports.codes(),
                ports.outbox());
        PasswordAccounts passwordAccounts = PasswordAccountWiring.wire(config, signIn, addressMail, ports.outbox());
        CodeUseCases codes = CodeWiring.wire(config.getCodes(), signIn, ports.codes(), addressMail, ports.outbox(),
                passwordAccounts.policy());
        EmailChangeUseCases emailChange = EmailChangeWiring.wire(config.getCodes(), signIn, ports,
                SecondFactorWiring.recentAuthentications(secondFactorStore, mfa, clock));
        AccountDataUseCases accountData = AccountDataWiring.wire(config.getCodes(), signIn,
                new AccountDataWiring.AddressHolders(ports.codes(), ports.outbox(), ports.attempts()), sessions.listOwn());
        // Started after the connection pool and before the mail delivery, which then sends its code at once.
        AdminWiring.bootstrapAdmin(config.getBootstrapAdmin(), ports.accounts(), credentials.random(),
                addressMail.issuer(), environment.lifecycle(), clock);
        // Mail delivery and the purge share one background thread, stopped before the connection pool.
        BackgroundJobs jobs = new BackgroundJobs();
        MailWiring.wire(config, environment, ports.outbox(), jobs, observability, clock);
        MaintenanceWiring.wire(config, environment, ports, jobs, clock);
        AdminUseCases admin = AdminWiring.wire(ports.accounts(), environment.admin(), clock);
        ArticleWiring.ArticleUseCases articles = ArticleWiring.wire(config.getArticles(), ports.sessionData());
        PasskeyUseCases passkeys = PasskeyWiring.wire(config, signIn, Persistence.passkeys(jdbi), jobs);
        // Started once every slice has added its jobs.
        environment.lifecycle().manage(jobs);

        WebWiring.register(config, environment,
                new WebWiring.UseCases(sessions, passwordAccounts, codes, emailChange, accountData, admin, articles,
                        secondFactors, passkeys));
        LOG.info("Gatehouse wired in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
