package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.persistence.embedded.EmbeddedMariaDb;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under load and comes back: the app answers 503 problem+json (an error
 * page for browsers) quickly instead of hanging, reports itself unhealthy, recovers by itself, and
 * every registration it accepted (202: the address waits for its code) is stored. The database is a MariaDB process of this test's
 * own, stopped and started again on the same port and data, not the shared test server.
 */
class DatabaseOutageAppTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String DATABASE_NAME = "gatehouse_outage";
    private static final int LOAD_THREADS = 3;
    /** The configured bounds of a request's database waits: the pool's 1 s, Connector/J's 2 s connect. */
    private static final Duration POOL_WAIT = Duration.ofSeconds(1);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Those, plus Argon2 under three threads on a busy CI machine; a hang would reach the client's 30 s. */
    private static final Duration SLOWEST_ACCEPTABLE = Duration.ofSeconds(8);

    private static Path root;
    private static int port;
    private static volatile EmbeddedMariaDb database;
    private static DropwizardAppExtension<GatehouseConfiguration> app;
    private static TestHttpClient api;
    private static TestHttpClient admin;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("gatehouse-outage-");
        port = freePort();
        database = EmbeddedMariaDb.start(root.resolve("data"), port);
        database.createDatabaseIfMissing(DATABASE_NAME);
        app = TestApps.on(() -> database.jdbcUrl(DATABASE_NAME), () -> database.user(), () -> database.password(),
                ConfigOverride.config("database.maxWaitForConnection", POOL_WAIT.toMillis() + "ms"),
                ConfigOverride.config("database.properties.connectTimeout", String.valueOf(CONNECT_TIMEOUT.toMillis())),
                ConfigOverride.config("database.properties.socketTimeout", "5000"));
        app.before();
        api = new TestHttpClient(app.getLocalPort()).provingAddresses(TestHttpClient.AddressProver.inDatabase(
                org.jdbi.v3.core.Jdbi.create(database.jdbcUrl(DATABASE_NAME), database.user(), database.password())));
        admin = new TestHttpClient(app.getAdminPort());
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.after();
        }
        if (database != null) {
            database.stop();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void answers503WhileTheDatabaseIsDownRecoversByItselfAndKeepsEveryAcknowledgedRegistration() throws Exception {
        Map<String, Object> signedIn = api.registeredAndSignedIn(uniqueEmail("outage"), PASSWORD);
        String token = (String) signedIn.get("token");
        String sessionCookie = api.logIn((String) userOf(signedIn).get("email"), PASSWORD, false).cookiePair();
        RegistrationLoad load = new RegistrationLoad();
        load.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> load.count(202) >= LOAD_THREADS);

        assertThat(api.get("/health-check").status()).as("load balancer check while up").isEqualTo(200);
        database.stop();
        await().atMost(Duration.ofSeconds(15)).until(() -> load.count(503) >= LOAD_THREADS);

        long started = System.nanoTime();
        Reply me = api.get("/api/users/me", bearer(token));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(me.status()).isEqualTo(503);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.json()).containsEntry("type", "urn:gatehouse:problem:unavailable").containsEntry("status", 503);
        assertThat(me.header("Retry-After")).isEqualTo("5");
        assertThat(took).isLessThan(POOL_WAIT.plus(CONNECT_TIMEOUT).plusSeconds(1));

        Reply page = api.get("/dashboard", "Cookie", sessionCookie, "Accept", "text/html,*/*;q=0.8");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Temporarily unavailable").doesNotContain("Exception");

        Reply health = admin.get("/healthcheck");
        assertThat(health.status()).isEqualTo(500);
        assertThat(health.json().get("database")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("healthy", false);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/health-check").status() == 503);

        database = EmbeddedMariaDb.start(root.resolve("data"), port);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.get("/api/users/me", bearer(token)).status() == 200);
        int acceptedBeforeRecovery = load.count(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> load.count(202) >= acceptedBeforeRecovery + LOAD_THREADS);
        load.stop();

        assertThat(admin.get("/healthcheck").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/health-check").status() == 200);
        assertThat(load.failures).as("requests that failed other than with 202 or a clean 503").isEmpty();
        assertThat(load.slowest()).isLessThan(SLOWEST_ACCEPTABLE);
        assertThat(storedEmails()).containsAll(load.acceptedEmails());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> userOf(Map<String, Object> signedIn) {
        return (Map<String, Object>) signedIn.get("user");
    }

    private static Set<String> storedEmails() throws SQLException {
        Set<String> emails = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(DATABASE_NAME), database.user(),
                database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT email FROM users")) {
            while (rows.next()) {
                emails.add(rows.getString(1));
            }
        }
        return emails;
    }

    /** Registrations from a few threads, each answer recorded: what was accepted, refused, or went wrong. */
    private static final class RegistrationLoad {

        private record Answer(String email, int status, Duration took) {
        }

        private final ExecutorService threads = Executors.newFixedThreadPool(LOAD_THREADS);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        void start() {
            for (int i = 0; i < LOAD_THREADS; i++) {
                threads.submit(this::registerUntilStopped);
            }
        }

        private void registerUntilStopped() {
            while (running.get()) {
                String email = uniqueEmail("outage");
                long started = System.nanoTime();
                try {
                    Reply reply = api.register(email, PASSWORD);
                    answers.add(new Answer(email, reply.status(), Duration.ofNanos(System.nanoTime() - started)));
                    if (reply.status() == 503) {
                        checkCleanRefusal(email, reply);
                    } else if (reply.status() != 202) {
                        failures.add(email + ": " + reply.status() + " " + reply.body());
                    }
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    failures.add(email + ": " + e);
                }
            }
        }

        private void checkCleanRefusal(String email, Reply reply) {
            if (!reply.contentType().startsWith("application/problem+json") || reply.header("Retry-After") == null) {
                failures.add(email + ": 503 without problem+json and Retry-After: " + reply.headers() + " " + reply.body());
            }
        }

        int count(int status) {
            return (int) answers.stream().filter(answer -> answer.status() == status).count();
        }

        List<String> acceptedEmails() {
            List<String> accepted = new ArrayList<>();
            answers.stream().filter(answer -> answer.status() == 202).forEach(answer -> accepted.add(answer.email()));
            return accepted;
        }

        Duration slowest() {
            return answers.stream().map(Answer::took).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
