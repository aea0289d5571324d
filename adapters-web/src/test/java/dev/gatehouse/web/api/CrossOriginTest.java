package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests as browsers send them across origins. Through the JDK's HttpClient, because
 * HttpURLConnection (under Jersey's test client) drops the {@code Origin} header.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CrossOriginTest {

    private static final ApiExtension API = new ApiExtension();
    private static final ResourceExtension RESOURCES = API.build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static URI uri(String path) {
        return RESOURCES.target(path).getUri();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aForeignOriginIsRefusedBeforeAnythingRuns() throws Exception {
        API.login = command -> { throw new AssertionError("must not be reached"); };

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/sessions"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"ann@example.org\",\"password\":\"correct horse battery staple\"}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("urn:gatehouse:problem:cross-origin-refused");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anOpaqueNullOriginIsForeignToo() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/session")).header("Origin", "null"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void ourOwnPagesAndClientsWithoutOriginPassUntouched() throws Exception {
        URI base = uri("/");
        String ownOrigin = base.getScheme() + "://" + base.getRawAuthority();

        HttpResponse<String> own = send(HttpRequest.newBuilder(uri("/api/session")).header("Origin", ownOrigin));
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/api/session")));

        assertThat(own.statusCode()).isEqualTo(401);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(own.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anAllowedOriginGetsCorsHeadersAndItsPreflightAnswered() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/session"))
                .header("Origin", ApiExtension.ALLOWED_ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> call = send(HttpRequest.newBuilder(uri("/api/session"))
                .header("Origin", ApiExtension.ALLOWED_ORIGIN));

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(ApiExtension.ALLOWED_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                allowed -> assertThat(allowed).contains("Authorization"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(call.statusCode()).isEqualTo(401);
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).contains(ApiExtension.ALLOWED_ORIGIN);
        assertThat(call.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
    }
}
