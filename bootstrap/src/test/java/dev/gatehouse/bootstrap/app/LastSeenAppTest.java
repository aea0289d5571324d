package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.GatehouseClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The session check's last-seen marks leave the request and still reach the database, within seconds. */
class LastSeenAppTest {

    @RegisterExtension
    @Order(1)
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.emptySchema();

    static final DropwizardAppExtension<GatehouseConfiguration> APP = TestApps.on(DATABASE,
            ConfigOverride.config("sessions.lastSeenResolution", "1 second"));

    @RegisterExtension
    @Order(2)
    static final DropwizardExtensionsSupport DROPWIZARD = new DropwizardExtensionsSupport();

    private static GatehouseClient api;

    @BeforeAll
    static void client() {
        api = new GatehouseClient(APP.getLocalPort());
    }

    @Test
    void aCheckedSessionsLastSeenMarkIsWrittenSoonAfterTheRequest() throws Exception {
        String token = (String) api.registeredAndSignedIn("user-" + UUID.randomUUID() + "@example.org",
                "correct horse battery staple").get("token");
        LocalDateTime signedIn = storedLastSeen(token);
        Thread.sleep(1_100);

        assertThat(api.get("/api/session", bearer(token)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(storedLastSeen(token)).isAfter(signedIn.plusSeconds(1)));
    }

    private static LocalDateTime storedLastSeen(String token) {
        String hash = SessionToken.parse(token).orElseThrow().hash().hex();
        return DATABASE.database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT last_seen_at FROM sessions WHERE token_hash = :hash")
                .bind("hash", hash)
                .mapTo(LocalDateTime.class)
                .one());
    }
}
