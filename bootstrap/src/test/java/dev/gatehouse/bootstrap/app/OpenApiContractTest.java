package dev.gatehouse.bootstrap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker itself: it must pass what the document describes and catch what it does not. */
class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.DOCUMENT;
    private static final String USER = "{\"id\":\"6f1c2a57-4a0e-4cde-9a54-5d7a1b1f2c3d\",\"email\":\"ann@example.org\","
            + "\"roles\":[\"user\"],\"active\":true,\"createdAt\":\"2025-01-02T03:04:05.678Z\","
            + "\"lastLoginAt\":null,\"timezone\":null,\"emailVerified\":true}";

    private static Reply reply(int status, String contentType, String body) {
        return new Reply(status, contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType)), body);
    }

    @Test
    void passesADocumentedAnswer() {
        assertThat(CONTRACT.check("GET", "/api/users/me", reply(200, "application/json", USER)))
                .contains("GET /api/users/me 200");
        assertThat(CONTRACT.check("DELETE", "/api/sessions/anything", reply(204, null, "")))
                .contains("DELETE /api/sessions/{id} 204");
    }

    @Test
    void catchesAnUndocumentedField() {
        String leaky = USER.replace("}", ",\"passwordHash\":\"$argon2id$...\"}");
        assertThatThrownBy(() -> CONTRACT.check("GET", "/api/users/me", reply(200, "application/json", leaky)))
                .hasMessageContaining("passwordHash");
    }

    @Test
    void catchesAMissingFieldAndAWrongFormat() {
        String broken = USER.replace("\"active\":true,", "").replace("2025-01-02T03:04:05.678Z", "yesterday");
        assertThatThrownBy(() -> CONTRACT.check("GET", "/api/users/me", reply(200, "application/json", broken)))
                .hasMessageContaining("active").hasMessageContaining("date-time");
    }

    @Test
    void catchesAnUndocumentedStatusAndMediaType() {
        assertThatThrownBy(() -> CONTRACT.check("GET", "/api/users/me", reply(418, "application/json", "{}")))
                .hasMessageContaining("status 418 is not documented");
        assertThatThrownBy(() -> CONTRACT.check("GET", "/api/users/me", reply(401, "text/html", "<p>no</p>")))
                .hasMessageContaining("media type text/html");
    }

    @Test
    void catchesAnEndpointMissingFromTheDocument() {
        assertThatThrownBy(() -> CONTRACT.check("GET", "/api/newsletters/1", reply(200, "application/json", "{}")))
                .hasMessageContaining("no operation GET /api/newsletters/1");
    }

    @Test
    void letsTheRouterRefuseWhatIsNoEndpointWithAProblem() {
        String problem = "{\"type\":\"urn:gatehouse:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"No such resource\"}";
        assertThat(CONTRACT.check("GET", "/api/nothing-here", reply(404, "application/problem+json", problem))).isEmpty();
        assertThatThrownBy(() -> CONTRACT.check("GET", "/api/nothing-here", reply(404, "text/html", "<p>404</p>")))
                .isInstanceOf(AssertionError.class);
    }
}
