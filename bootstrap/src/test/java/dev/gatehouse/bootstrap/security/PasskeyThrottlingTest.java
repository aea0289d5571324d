package dev.gatehouse.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.crypto.testing.SoftwareAuthenticator;
import io.dropwizard.testing.ConfigOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ASVS 5.0 6.3.1: failed passkey sign-ins count against the client as failed password sign-ins do
 * ({@code throttling.policies.sign-in-failures/client}, narrowed here to three free failures).
 */
class PasskeyThrottlingTest {

    private static final String ORIGIN = "https://gatehouse.test";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("mail.baseUrl", ORIGIN),
            ConfigOverride.config("throttling.policies.sign-in-failures/client.freeAttempts", "3"),
            ConfigOverride.config("throttling.policies.sign-in-failures/client.maxPerWindow", "3"));

    private static String unknownPasskeyAnswer(TestHttpClient http) {
        SoftwareAuthenticator stranger = new SoftwareAuthenticator();
        stranger.register("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAA", "gatehouse.test", ORIGIN);
        Reply options = http.postJson("/api/passkey-sessions/options", Map.of());
        return stranger.assertion((String) options.json().get("challenge"), "gatehouse.test", ORIGIN);
    }

    @Test
    void asvs_6_3_1_failedPasskeySignInsAreThrottledPerClient() {
        TestHttpClient http = APP.api();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(http.postJson("/api/passkey-sessions", "{\"credential\":" + unknownPasskeyAnswer(http) + "}")
                    .status());
        }

        assertThat(statuses).startsWith(401, 401, 401).endsWith(429);
        Reply throttled = http.postJson("/api/passkey-sessions", "{\"credential\":" + unknownPasskeyAnswer(http) + "}");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        int throttledEvents = APP.database().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM audit_events WHERE type = 'sign-in-failed' AND detail = 'passkey: throttled'")
                .mapTo(Integer.class).one());
        assertThat(throttledEvents).isPositive();
    }
}
