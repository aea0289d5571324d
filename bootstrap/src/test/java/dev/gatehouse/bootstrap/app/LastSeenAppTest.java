package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gatehouse.domain.session.SessionToken;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The session check's last-seen marks leave the request and still reach the database, within seconds. */
class LastSeenAppTest {

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("sessions.lastSeenResolution", "1 second"));

    private static TestHttpClient api;

    @BeforeAll
    static void client() {
        api = APP.api();
    }

    @Test
    void aCheckedSessionsLastSeenMarkIsWrittenSoonAfterTheRequest() throws Exception {
        String token = (String) api.registeredAndSignedIn(uniqueEmail("user"),
                "correct horse battery staple").get("token");
        LocalDateTime signedIn = storedLastSeen(token);
        Thread.sleep(1_100);

        assertThat(api.get("/api/session", bearer(token)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(storedLastSeen(token)).isAfter(signedIn.plusSeconds(1)));
    }

    private static LocalDateTime storedLastSeen(String token) {
        String hash = SessionToken.parse(token).orElseThrow().hash().hex();
        return APP.database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT last_seen_at FROM sessions WHERE token_hash = :hash")
                .bind("hash", hash)
                .mapTo(LocalDateTime.class)
                .one());
    }
}
