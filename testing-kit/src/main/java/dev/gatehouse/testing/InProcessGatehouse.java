package dev.gatehouse.testing;

import dev.gatehouse.bootstrap.GatehouseApplication;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real Gatehouse in this JVM: {@link GatehouseApplication} started by Dropwizard's test support
 * from a configuration file written for it, on random loopback ports, with its own database and a
 * {@link Mailbox} as its SMTP server. Closing it stops the app and removes everything it made.
 */
final class InProcessGatehouse implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessGatehouse.class);
    private static final String ALREADY_ADMIN = "is already an administrator";

    private final KitFiles files;
    private final KitDatabase database;
    private final AppSettings settings;
    private final Mailbox mailbox;
    private final DropwizardTestSupport<GatehouseConfiguration> app;
    private final GatehouseClient client;

    private InProcessGatehouse(KitFiles files, KitDatabase database, AppSettings settings, Mailbox mailbox,
                               DropwizardTestSupport<GatehouseConfiguration> app) {
        this.files = files;
        this.database = database;
        this.settings = settings;
        this.mailbox = mailbox;
        this.app = app;
        this.client = new GatehouseClient(URI.create("http://127.0.0.1:" + app.getLocalPort()), mailbox,
                this::createAdmin, this::emptyDatabase);
    }

    /** Starts Gatehouse; {@code overrides} are dotted settings applied last, e.g. {@code passwords.minLength}. */
    static InProcessGatehouse start(String name, KitDatabase database, Map<String, String> overrides) {
        long started = System.nanoTime();
        KitFiles files = KitFiles.create();
        Mailbox mailbox = null;
        DropwizardTestSupport<GatehouseConfiguration> app = null;
        boolean databaseConfigured = false;
        try {
            mailbox = Mailbox.start();
            AppSettings settings = baseSettings(mailbox.port());
            database.configure(settings, files);
            databaseConfigured = true;
            overrides.forEach(settings::set);
            Path config = settings.writeTo(files.workDirectory().resolve("gatehouse.yml"));
            app = new DropwizardTestSupport<>(GatehouseApplication.class, config.toString());
            app.before();
            InProcessGatehouse gatehouse = new InProcessGatehouse(files, database, settings, mailbox, app);
            LOG.info("Gatehouse for {} ready at {} in {} ms", name, gatehouse.client.baseUrl(),
                    (System.nanoTime() - started) / 1_000_000);
            return gatehouse;
        } catch (Exception | Error e) {
            // Whatever had started (the embedded database may have) must not outlive the failure.
            cleanUpAfterFailure(e, app, mailbox, databaseConfigured ? database : null, files);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Gatehouse did not start", e);
        }
    }

    private static void cleanUpAfterFailure(Throwable failure, DropwizardTestSupport<GatehouseConfiguration> app,
                                            Mailbox mailbox, KitDatabase database, KitFiles files) {
        List<Runnable> steps = new ArrayList<>();
        if (app != null) {
            steps.add(app::after);
        }
        if (mailbox != null) {
            steps.add(mailbox::close);
        }
        if (database != null) {
            steps.add(database::drop);
        }
        steps.add(files::deleteAll);
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
        }
    }

    GatehouseClient client() {
        return client;
    }

    KitFiles files() {
        return files;
    }

    /** The JDBC URL the running app uses, the embedded server's included. */
    String databaseUrl() {
        return app.getConfiguration().getDataSourceFactory().getUrl();
    }

    @Override
    public void close() {
        try {
            app.after();
        } finally {
            mailbox.close();
            database.drop();
            files.deleteAll();
        }
    }

    /** A per-client throttle policy a whole test suite on one address never reaches. */
    private static final Map<String, Object> ROOMY = Map.of("freeAttempts", 1_000_000, "maxPerWindow", 1_000_000);

    /**
     * The settings of a test instance: loopback only, random ports, quiet logs, mail through SMTP to
     * the kit's mailbox without TLS (it is on this host), no pause between code mails, a fresh random
     * code key, and the schema applied at start. A test suite is one client (127.0.0.1) making many
     * accounts and sign-ins, so the per-client throttles get room; the per-account ones keep their
     * defaults, as an integrator's tests of a 429 expect.
     */
    private static AppSettings baseSettings(int smtpPort) {
        Map<String, Object> connector = Map.of("type", "http", "bindHost", "127.0.0.1", "port", 0);
        byte[] codeKey = new byte[32];
        new SecureRandom().nextBytes(codeKey);
        byte[] totpKey = new byte[32];
        new SecureRandom().nextBytes(totpKey);
        return new AppSettings()
                .set("server.applicationConnectors", List.of(connector))
                .set("server.adminConnectors", List.of(connector))
                .set("server.requestLog.appenders", List.of())
                .set("database.driverClass", "com.mysql.cj.jdbc.Driver")
                .set("migrateOnStart", true)
                .set("codes.hashKey", Base64.getEncoder().encodeToString(codeKey))
                .set("mfa.totpKey", Base64.getEncoder().encodeToString(totpKey))
                .set("codes.resendInterval", "0s")
                .set("mail.transport", "smtp")
                .set("mail.sender", "Gatehouse <no-reply@gatehouse.test>")
                .set("mail.baseUrl", "http://127.0.0.1")
                .set("mail.deliveryInterval", "100ms")
                .set("mail.smtp.host", "127.0.0.1")
                .set("mail.smtp.port", smtpPort)
                .set("mail.smtp.tls", "none")
                .set("throttling.policies", Map.of(
                        "registrations/client", ROOMY, "code-requests/client", ROOMY, "sign-in-failures/client", ROOMY))
                .set("logging.level", "WARN")
                .set("logging.loggers", Map.of(InProcessGatehouse.class.getName(), "INFO"));
    }

    /**
     * Empties every table but Liquibase's own, so the schema stays applied. A session check the app
     * cached before stays good for at most {@code sessions.cacheTtl} (1 s); the next class's accounts
     * are new anyway.
     */
    private void emptyDatabase() {
        DataSourceFactory running = app.getConfiguration().getDataSourceFactory();
        try (Connection connection = DriverManager.getConnection(running.getUrl(), running.getUser(),
                Optional.ofNullable(running.getPassword()).orElse(""));
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                if (!table.toUpperCase(Locale.ROOT).startsWith("DATABASECHANGELOG")) {
                    statement.execute("TRUNCATE TABLE `" + table.replace("`", "``") + "`");
                }
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty Gatehouse's database", e);
        }
    }

    /**
     * Runs {@code create-admin} through the app's own command line, against the database the running
     * server uses (the embedded one it started, reached by its address, is not started twice).
     */
    private void createAdmin(String email) {
        DataSourceFactory running = app.getConfiguration().getDataSourceFactory();
        Path config = settings.copy()
                .set("embeddedDatabase.enabled", false)
                .set("database.url", running.getUrl())
                .set("database.user", running.getUser())
                .set("database.password", Optional.ofNullable(running.getPassword()).orElse(""))
                // A command would otherwise reconfigure, and at its end stop, this JVM's logging.
                .set("logging", Map.of("type", "external"))
                .writeTo(files.workDirectory().resolve("create-admin.yml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<Throwable> failure = new GatehouseApplication()
                .commandLine(out, new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("create-admin", config.toString(), "--email", email);
        // The command refuses an address that is an administrator already; for a test that is done.
        if (failure.isPresent() && !err.toString(StandardCharsets.UTF_8).contains(ALREADY_ADMIN)) {
            throw new IllegalStateException("create-admin --email " + email + " failed: "
                    + err.toString(StandardCharsets.UTF_8).strip(), failure.get());
        }
    }
}
