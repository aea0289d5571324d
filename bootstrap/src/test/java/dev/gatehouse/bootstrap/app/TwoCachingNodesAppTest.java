package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes, each with its session cache, on one database: a revocation on node A reaches node B
 * through the revocation feed within a second while B is answering the token as fast as a few
 * clients can ask. The caches believe an entry for ten seconds here, so only the feed can explain a
 * refusal within one; with the default ttl of one second the bound holds by the ttl alone as well.
 */
class TwoCachingNodesAppTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Duration BOUND = Duration.ofSeconds(1);
    private static final int HAMMERS = 4;

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.emptySchema();

    /** Started and stopped here, in reverse order, for the reason {@link TwoNodesAppTest} gives. */
    static final DropwizardAppExtension<GatehouseConfiguration> NODE_A = TestApps.on(DATABASE, longTtl());
    static final DropwizardAppExtension<GatehouseConfiguration> NODE_B = TestApps.on(DATABASE, longTtl());

    private static TestHttpClient a;

    private static ConfigOverride longTtl() {
        return ConfigOverride.config("sessions.cacheTtl", "10s");
    }

    @BeforeAll
    static void start() throws Exception {
        NODE_A.before();
        NODE_B.before();
        a = new TestHttpClient(NODE_A.getLocalPort())
                .provingAddresses(TestHttpClient.AddressProver.inDatabase(DATABASE.database()));
    }

    @AfterAll
    static void stop() {
        NODE_B.after();
        NODE_A.after();
    }

    private record Account(String id, String token) {
    }

    private static Account signedInOnA(String email) {
        Reply reply = a.logIn(email, PASSWORD, false);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) reply.json().get("user");
        return new Account((String) user.get("id"), (String) reply.json().get("token"));
    }

    private static Account registeredOnA() {
        String email = uniqueEmail("hammered");
        a.registeredAndProven(email, PASSWORD);
        return signedInOnA(email);
    }

    /**
     * Node B hammered with {@code target}'s token by {@link #HAMMERS} threads while {@code revocation}
     * runs on node A. @return the lag: from A's answer to the last request B still accepted that was
     * sent after it (zero if none was)
     */
    private static Duration lagOnB(Account target, Function<Account, Reply> revocation) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong revokedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastAcceptedAfter = new AtomicLong(Long.MIN_VALUE);
        AtomicLong refusals = new AtomicLong();
        ExecutorService hammers = Executors.newFixedThreadPool(HAMMERS);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int i = 0; i < HAMMERS; i++) {
                running.add(hammers.submit(() -> {
                    TestHttpClient b = TestHttpClient.unchecked(NODE_B.getLocalPort());
                    while (!stop.get()) {
                        long sent = System.nanoTime();
                        int status = b.get("/api/session", bearer(target.token())).status();
                        if (status == 200 && sent > revokedAt.get()) {
                            lastAcceptedAfter.accumulateAndGet(sent, Math::max);
                        } else if (status == 401) {
                            refusals.incrementAndGet();
                        } else if (status != 200) {
                            throw new AssertionError("node B answered " + status);
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(300);
            Reply revoked = revocation.apply(target);
            revokedAt.set(System.nanoTime());
            assertThat(revoked.status()).as(revoked.body()).isBetween(200, 204);
            Thread.sleep(BOUND.toMillis() + 500);
        } finally {
            stop.set(true);
            for (Future<?> hammer : running) {
                hammer.get(10, TimeUnit.SECONDS);
            }
            hammers.shutdownNow();
        }
        assertThat(refusals.get()).as("refusals on B after the revocation").isPositive();
        long lastAccepted = lastAcceptedAfter.get();
        return lastAccepted == Long.MIN_VALUE ? Duration.ZERO : Duration.ofNanos(lastAccepted - revokedAt.get());
    }

    @RepeatedTest(5)
    void aLogoutOnAIsRefusedOnTheHammeredNodeBWithinASecond() throws Exception {
        Account target = registeredOnA();

        Duration lag = lagOnB(target, account -> a.delete("/api/session", bearer(account.token())));

        System.out.printf("TwoCachingNodesAppTest: logout on A refused on B after %d ms%n", lag.toMillis());
        assertThat(lag).isLessThan(BOUND);
    }

    @RepeatedTest(2)
    void disablingOnAIsRefusedOnTheHammeredNodeBWithinASecond() throws Exception {
        String adminEmail = uniqueEmail("admin");
        a.registeredAndProven(adminEmail, PASSWORD);
        TestApps.promoteToAdmin(DATABASE, adminEmail);
        Account admin = signedInOnA(adminEmail);
        Account target = registeredOnA();

        Duration lag = lagOnB(target, account -> a.send("POST", "/api/admin/users/" + account.id() + "/disable",
                null, null, bearer(admin.token())));

        System.out.printf("TwoCachingNodesAppTest: disable on A refused on B after %d ms%n", lag.toMillis());
        assertThat(lag).isLessThan(BOUND);
    }
}
