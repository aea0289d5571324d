package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.admin.BootstrapAdminUseCase;
import dev.gatehouse.application.service.admin.BootstrapAdminService;
import dev.gatehouse.application.service.admin.CreateOrPromoteAdminService;
import dev.gatehouse.application.service.code.CodeIssuer;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.config.CodesFactory;
import dev.gatehouse.crypto.HmacCodeHasher;
import dev.gatehouse.crypto.SecureRandomTokens;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.CodeSeal;
import dev.gatehouse.persistence.JdbiAuditTrail;
import dev.gatehouse.persistence.JdbiIssuedCodes;
import dev.gatehouse.persistence.JdbiMailOutbox;
import dev.gatehouse.persistence.JdbiSessions;
import dev.gatehouse.persistence.JdbiTransactionRunner;
import dev.gatehouse.persistence.JdbiUsers;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code bootstrapAdmin.email} on a fresh installation: the app starts, finds no administrator, makes
 * the address one and mails it a sign-in code through its outbox, with which its owner signs in as an
 * administrator. A restart changes nothing, and bootstraps racing each other make one administrator.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BootstrapAdminAppTest {

    /** {@code codes.hashKey} of test-app.yml, so the codes queued here are sealed as the app's are. */
    private static final String TEST_APP_CODE_KEY = "dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LTMyYnl0ZXMhIQ==";

    private static final String ROOT = "root-" + System.nanoTime() + "@bootstrap.example.org";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(ConfigOverride.config("bootstrapAdmin.email", ROOT))
            .withMail();

    @Test
    @Order(1)
    void theNamedAddressIsMailedACodeThatSignsItInAsAnAdministrator() {
        String code = APP.mail().mailedCode(ROOT, 1);

        Reply verified = APP.api().postJson("/api/login-codes/verify", Map.of("email", ROOT, "code", code));

        assertThat(verified.status()).isEqualTo(201);
        String token = (String) verified.json().get("token");
        Map<String, Object> me = APP.api().get("/api/users/me", bearer(token)).json();
        assertThat(me).containsEntry("email", ROOT).containsEntry("active", true);
        assertThat(me.get("roles").toString()).contains("admin");
        assertThat(APP.api().get("/api/admin/users", bearer(token)).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void aRestartWithTheSameSettingMakesNoSecondAdministratorAndSendsNoSecondCode() throws Exception {
        APP.mail().mailedCode(ROOT, 1);
        String other = "other-" + System.nanoTime() + "@bootstrap.example.org";
        List<ConfigOverride> overrides = new ArrayList<>();
        overrides.add(ConfigOverride.config("bootstrapAdmin.email", other));
        APP.mail().settings().forEach((key, value) -> overrides.add(ConfigOverride.config(key, value)));
        DropwizardAppExtension<GatehouseConfiguration> restarted = TestApps.on(() -> APP.database().jdbcUrl(),
                () -> APP.database().user(), () -> APP.database().password(),
                overrides.toArray(ConfigOverride[]::new));
        restarted.before();
        try {
            // The delivery runs every 200 ms: a code queued at start would have gone out by now.
            Thread.sleep(1500);
        } finally {
            restarted.after();
        }

        assertThat(APP.mail().mailCount(other)).isZero();
        assertThat(new JdbiUsers(APP.database().jdbi()).findByEmail(EmailAddress.of(other))).isEmpty();
        assertThat(APP.mail().codeMailCount(ROOT)).isEqualTo(1);
    }

    /** Nodes starting at once, as many bootstraps racing on the app's database once no administrator is left. */
    @RepeatedTest(3)
    @Order(3)
    void bootstrapsRacingEachOtherMakeOneAdministratorAndQueueOneCode() throws Exception {
        Jdbi jdbi = APP.database().jdbi();
        jdbi.useHandle(handle -> handle.execute("DELETE FROM user_roles WHERE role = 'admin'"));
        String email = "race-" + System.nanoTime() + "@bootstrap.example.org";
        BootstrapAdminUseCase bootstrap = bootstrapOver(jdbi);
        int racers = 12;

        List<Optional<User>> made = race(racers, () -> bootstrap.bootstrap(EmailAddress.of(email)));

        assertThat(made.stream().filter(Optional::isPresent)).hasSize(1);
        int admins = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM user_roles WHERE role = 'admin'").mapTo(Integer.class).one());
        assertThat(admins).isEqualTo(1);
        User admin = new JdbiUsers(jdbi).findByEmail(EmailAddress.of(email)).orElseThrow();
        int codes = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM login_codes WHERE user_id = :id").bind("id", admin.id().toString())
                .mapTo(Integer.class).one());
        assertThat(codes).isEqualTo(1);
        assertThat(APP.mail().mailedCode(email, 1)).hasSize(6);
        assertThat(APP.mail().codeMailCount(email)).isEqualTo(1);
    }

    /** The use case over the app's database and its outbox, as the app wires it (the test key is test-app.yml's). */
    private static BootstrapAdminUseCase bootstrapOver(Jdbi jdbi) {
        Clock clock = Clock.systemUTC();
        byte[] key = Base64.getDecoder().decode(TEST_APP_CODE_KEY);
        JdbiTransactionRunner transactions = new JdbiTransactionRunner(jdbi);
        JdbiUsers users = new JdbiUsers(jdbi);
        SecureRandomTokens random = new SecureRandomTokens();
        CodeIssuer codes = new CodeIssuer(new JdbiIssuedCodes(jdbi), random, new HmacCodeHasher(key),
                new JdbiMailOutbox(jdbi, new CodeSeal(key)), new CodesFactory().rules());
        return new BootstrapAdminService(users, new CreateOrPromoteAdminService(users, new JdbiSessions(jdbi), random,
                transactions, new JdbiAuditTrail(jdbi), clock), codes, transactions, clock);
    }

    private static <T> List<T> race(int racers, Callable<T> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                pending.add(threads.submit(() -> {
                    go.await();
                    return work.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> each : pending) {
                results.add(each.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
