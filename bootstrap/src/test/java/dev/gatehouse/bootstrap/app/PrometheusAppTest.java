package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every metric as Prometheus text on the admin port, the format most monitoring scrapes.
 */
class PrometheusAppTest {

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("logging.level", "INFO"));

    @BeforeAll
    static void signSomeoneIn() {
        new TestHttpClient(APP.port()).register(uniqueEmail("metered"), "correct horse battery staple");
    }

    @Test
    void exposesEveryMetricAsPrometheusTextOnTheAdminPort() throws Exception {
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.adminPort() + "/metrics/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(scrape.body())
                .contains("# TYPE gatehouse_passwords_hash summary")
                .containsPattern("(?m)^gatehouse_passwords_hash_count [1-9]")
                .contains("io_dropwizard_jetty_MutableServletContextHandler_requests");
    }
}
