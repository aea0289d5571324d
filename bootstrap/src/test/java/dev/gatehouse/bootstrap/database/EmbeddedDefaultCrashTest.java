package dev.gatehouse.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default as a newcomer meets it: the server killed hard (as by {@code kill -9}, an OOM
 * kill, a power cut of the JVM) starts again at once, with every write it acknowledged; and
 * {@code create-admin} works while the server runs. Each test runs the real command line in JVMs of
 * its own.
 */
class EmbeddedDefaultCrashTest {

    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(3);

    @TempDir
    Path home;

    private ChildGatehouse gatehouse;

    @AfterEach
    void stop() throws Exception {
        if (gatehouse != null) {
            gatehouse.stop();
        }
    }

    @Test
    void aServerKilledMidLoadTakesItsDatabaseDownAndStartsAgainWithEveryAcknowledgedWrite() throws Exception {
        gatehouse = ChildGatehouse.in(home);
        gatehouse.start();
        ProcessHandle mariadb = gatehouse.childWith("--datadir=").orElseThrow();
        Set<String> acknowledged = loadThenKill();
        // The watchdog notices within a second and stops the database cleanly.
        mariadb.onExit().get(30, TimeUnit.SECONDS);

        gatehouse.start();

        assertThat(acknowledged).isNotEmpty();
        assertThat(storedAddresses()).containsAll(acknowledged);
    }

    @Test
    void aDatabaseLeftRunningWithoutItsServerIsStoppedCleanlyByTheNextStart() throws Exception {
        gatehouse = ChildGatehouse.in(home);
        gatehouse.start();
        ProcessHandle mariadb = gatehouse.childWith("--datadir=").orElseThrow();
        // Without its watchdog the database outlives the server, as it would where no shell runs one.
        ProcessHandle watchdog = gatehouse.childWith("gatehouse-mariadb-watchdog").orElseThrow();
        watchdog.destroyForcibly();
        watchdog.onExit().get(10, TimeUnit.SECONDS);
        Set<String> acknowledged = loadThenKill();
        assertThat(mariadb.isAlive()).as("the orphaned database").isTrue();

        gatehouse.start();

        assertThat(mariadb.isAlive()).as("the orphan, after the next start").isFalse();
        assertThat(storedAddresses()).containsAll(acknowledged);
        assertThat(gatehouse.log()).contains("outlived the Gatehouse process that started it");
    }

    @Test
    void createAdminWorksBesideTheRunningServer() throws Exception {
        gatehouse = ChildGatehouse.in(home);
        gatehouse.start();

        ChildGatehouse.Finished created = gatehouse.run("create-admin", "--email", "first-admin@example.org");

        assertThat(created.exitStatus()).as(created.output()).isZero();
        assertThat(created.output()).contains("Administrator first-admin@example.org")
                .contains("Using the embedded MariaDB of the running Gatehouse");
        assertThat(storedAddresses()).contains("first-admin@example.org");
        assertThat(gatehouse.childWith("--datadir=")).as("the server's database, still running").isPresent();
    }

    /** Code requests for new addresses (each one a new pending account) from many threads, then SIGKILL. */
    private Set<String> loadThenKill() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService load = Executors.newFixedThreadPool(4);
        long killAt = System.nanoTime() + LOAD_BEFORE_KILL.toNanos();
        for (int thread = 0; thread < 4; thread++) {
            load.submit(() -> {
                while (System.nanoTime() < killAt + Duration.ofSeconds(2).toNanos()) {
                    String email = "crash-" + next.incrementAndGet() + "@example.org";
                    try {
                        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(gatehouse.uri("/api/login-codes"))
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", clientAddress())
                                .timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}"))
                                .build(), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 202) {
                            acknowledged.add(email);
                        }
                    } catch (Exception killed) {
                        return null;
                    }
                }
                return null;
            });
        }
        Thread.sleep(LOAD_BEFORE_KILL.toMillis());
        gatehouse.killHard();
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        return new HashSet<>(acknowledged);
    }

    private static String clientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** Every address stored, read straight from the database the running server uses. */
    private Set<String> storedAddresses() throws Exception {
        Properties record = new Properties();
        try (Reader reader = Files.newBufferedReader(home.resolve("data").resolve("mariadb.server"))) {
            record.load(reader);
        }
        String url = "jdbc:mysql://127.0.0.1:" + record.getProperty("port")
                + "/gatehouse?sslMode=DISABLED&allowPublicKeyRetrieval=true";
        Set<String> addresses = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             PreparedStatement select = connection.prepareStatement("SELECT email FROM users");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                addresses.add(rows.getString(1));
            }
        }
        return addresses;
    }
}
