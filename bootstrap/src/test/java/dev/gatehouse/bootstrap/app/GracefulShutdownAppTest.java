package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.Counter;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stopping the server lets a request in flight finish with its real answer (Dropwizard's
 * {@code server.shutdownGracePeriod}), and then stops the background jobs' thread, before the
 * connection pool and the database it needs are closed.
 */
class GracefulShutdownAppTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String JOBS_THREAD = "gatehouse-jobs";
    /** Dropwizard's counter of requests the application handler is serving right now. */
    private static final String ACTIVE_REQUESTS = "io.dropwizard.jetty.MutableServletContextHandler.active-requests";

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    /** Argon2 made slow enough (about a second) that a sign-in is still running when the stop begins. */
    private final DropwizardAppExtension<GatehouseConfiguration> app = TestApps.on(DATABASE,
            ConfigOverride.config("passwords.argon2Iterations", "40"),
            ConfigOverride.config("mail.deliveryInterval", "100ms"),
            ConfigOverride.config("maintenance.purgeInterval", "100ms"));
    private boolean stopped;

    @AfterEach
    void stopIfStillRunning() {
        if (!stopped) {
            app.after();
        }
    }

    @Test
    void aSignInInFlightFinishesAndTheBackgroundJobsStopWhenTheServerStops() throws Exception {
        Set<Thread> jobThreadsOfOthers = jobThreads();
        app.before();
        Set<Thread> jobThreads = jobThreads();
        jobThreads.removeAll(jobThreadsOfOthers);
        assertThat(jobThreads).as("this app's background job thread").isNotEmpty();
        TestHttpClient api = new TestHttpClient(app.getLocalPort())
                .provingAddresses(TestHttpClient.AddressProver.inDatabase(DATABASE.database()));
        String email = uniqueEmail("graceful");
        api.registeredAndProven(email, PASSWORD);
        Counter active = app.getEnvironment().metrics().counter(ACTIVE_REQUESTS);

        CompletableFuture<Reply> signIn = CompletableFuture.supplyAsync(() -> api.logIn(email, PASSWORD, false));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> active.getCount() >= 1);
        long stopping = System.nanoTime();
        app.after();
        stopped = true;

        Reply reply = signIn.get(30, TimeUnit.SECONDS);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json()).containsKey("token");
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(30));
        for (Thread thread : jobThreads) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(thread.isAlive()).as("background job thread after stop").isFalse();
        }
    }

    private static Set<Thread> jobThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(JOBS_THREAD) && thread.isAlive())
                .collect(Collectors.toSet());
    }
}
