package dev.gatehouse.testing;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Future;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.ExecConfig;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Gatehouse's container image under Testcontainers: on its embedded database by default, or on a
 * {@link MySQLContainer} ({@link #withMySql}). It is ready once the admin port's health check
 * answers 200. Its mail goes over SMTP to an in-memory server in the test's JVM, exposed to the
 * container as {@code host.testcontainers.internal}; {@link #client()} gives the same
 * {@link GatehouseClient} as {@link GatehouseExtension}.
 */
public class GatehouseContainer extends GenericContainer<GatehouseContainer> {

    /** The tag {@code docker build -t gatehouse .} and the Jib profile produce. */
    public static final String DEFAULT_IMAGE = "gatehouse:latest";
    public static final int HTTP_PORT = 8080;
    public static final int ADMIN_PORT = 8081;

    static final String PRODUCTION_CONFIG = "/app/config/production.yml";
    static final String EMBEDDED_CONFIG = "/app/config/embedded.yml";
    static final String LAUNCHER = "/app/bin/gatehouse";
    private static final String DATABASE_ALIAS = "gatehouse-db";

    private String config = EMBEDDED_CONFIG;
    private Mailbox mailbox;

    public GatehouseContainer() {
        this(DockerImageName.parse(DEFAULT_IMAGE));
    }

    public GatehouseContainer(DockerImageName image) {
        super(image);
        setUp();
    }

    /** For an image built while the test starts, such as Testcontainers' {@code ImageFromDockerfile}. */
    public GatehouseContainer(Future<String> image) {
        super(image);
        setUp();
    }

    private void setUp() {
        byte[] codeKey = new byte[32];
        new SecureRandom().nextBytes(codeKey);
        withExposedPorts(HTTP_PORT, ADMIN_PORT);
        withEnv("ADMIN_BIND_HOST", "0.0.0.0");
        withEnv("CODE_HASH_KEY", Base64.getEncoder().encodeToString(codeKey));
        byte[] totpKey = new byte[32];
        new SecureRandom().nextBytes(totpKey);
        withEnv("TOTP_KEY", Base64.getEncoder().encodeToString(totpKey));
        withEnv("MAIL_SENDER", "Gatehouse <no-reply@gatehouse.test>");
        withEnv("PUBLIC_BASE_URL", "http://localhost:" + HTTP_PORT);
        withEnv("CODE_RESEND_INTERVAL", "0s");
        withEnv("MAIL_DELIVERY_INTERVAL", "100ms");
        waitingFor(Wait.forHttp("/healthcheck").forPort(ADMIN_PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofMinutes(3)));
    }

    /**
     * Runs on {@code mysql} (not yet started) instead of the embedded database: both join one network,
     * Gatehouse starts after it and applies its schema at start.
     */
    public GatehouseContainer withMySql(MySQLContainer mysql) {
        Network network = mysql.getNetwork() != null ? mysql.getNetwork() : Network.newNetwork();
        mysql.withNetwork(network).withNetworkAliases(DATABASE_ALIAS);
        config = PRODUCTION_CONFIG;
        return withNetwork(network)
                .dependsOn(mysql)
                .withEnv("DATABASE_URL", "jdbc:mysql://" + DATABASE_ALIAS + ":" + MySQLContainer.MYSQL_PORT + "/"
                        + mysql.getDatabaseName() + "?sslMode=DISABLED&allowPublicKeyRetrieval=true"
                        + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true")
                .withEnv("DATABASE_USER", mysql.getUsername())
                .withEnv("DATABASE_PASSWORD", mysql.getPassword())
                .withEnv("MIGRATE_ON_START", "true");
    }

    @Override
    protected void configure() {
        super.configure();
        mailbox = Mailbox.start();
        Testcontainers.exposeHostPorts(mailbox.port());
        withEnv("SMTP_HOST", "host.testcontainers.internal");
        withEnv("SMTP_PORT", String.valueOf(mailbox.port()));
        // Plain SMTP, chosen explicitly: the server is the test's own, reached through Testcontainers' tunnel.
        withEnv("SMTP_TLS", "none");
        withEnv("MAIL_TRANSPORT", "smtp");
        withCommand("server", config);
    }

    @Override
    public void stop() {
        try {
            super.stop();
        } finally {
            if (mailbox != null) {
                mailbox.close();
                mailbox = null;
            }
        }
    }

    /** Where the API answers from the test's side, e.g. {@code http://localhost:32771}. */
    public URI baseUrl() {
        return URI.create("http://" + getHost() + ":" + getMappedPort(HTTP_PORT));
    }

    /** The client for this container; it needs the container started. */
    public GatehouseClient client() {
        if (mailbox == null) {
            throw new IllegalStateException("start the container first");
        }
        return new GatehouseClient(baseUrl(), mailbox, this::createAdmin, this::emptyDatabase);
    }

    /**
     * Empties the database beside the running server with Dropwizard's migration commands inside the
     * container ({@code db drop-all}, then {@code db migrate}), reaching the server's database as
     * {@code create-admin} does.
     */
    private void emptyDatabase() {
        launch("db", "drop-all", "--confirm-delete-everything", config);
        launch("db", "migrate", config);
    }

    private void launch(String... command) {
        String[] full = new String[command.length + 1];
        full[0] = LAUNCHER;
        System.arraycopy(command, 0, full, 1, command.length);
        String described = String.join(" ", command);
        try {
            Container.ExecResult result = execInContainer(ExecConfig.builder().command(full)
                    .envVars(Map.of("JAVA_OPTS", "-Ddw.embeddedDatabase.enabled=false")).build());
            if (result.getExitCode() != 0) {
                throw new IllegalStateException(described + " exited with " + result.getExitCode() + ": "
                        + result.getStderr().strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + described + " in the container", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + described, e);
        }
    }

    /**
     * {@code create-admin} inside the container, through the image's launcher. The embedded database
     * is the server's, already running: the command must reach it rather than start another.
     */
    private void createAdmin(String email) {
        try {
            Container.ExecResult result = execInContainer(ExecConfig.builder()
                    .command(new String[] {LAUNCHER, "create-admin", config, "--email", email})
                    .envVars(Map.of("JAVA_OPTS", "-Ddw.embeddedDatabase.enabled=false"))
                    .build());
            // The command refuses an address that is an administrator already; for a test that is done.
            if (result.getExitCode() != 0 && !result.getStderr().contains("is already an administrator")) {
                throw new IllegalStateException("create-admin --email " + email + " exited with "
                        + result.getExitCode() + ": " + result.getStderr().strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run create-admin in the container", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running create-admin", e);
        }
    }
}
