package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.SetCookies;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class SessionsResourceTest {

    private static final ApiExtension API = new ApiExtension();
    private static final ResourceExtension RESOURCES = API.build();
    private static final User ANN = WebFixtures.user("ann@example.org");

    private Response post(Object body) {
        return RESOURCES.target("/api/sessions").request().post(Entity.json(body));
    }

    @Test
    void signsInAndAnswersTokenCsrfTokenUserAndBrowserSessionCookie() {
        AtomicReference<PasswordLoginCommand> received = new AtomicReference<>();
        API.login = command -> {
            received.set(command);
            return WebFixtures.signedIn(ANN, false);
        };

        Response response = RESOURCES.target("/api/sessions").request()
                .header(HttpHeaders.USER_AGENT, "Firefox/140")
                .post(Entity.json(Map.of("email", " Ann@Example.org ", "password", "correct horse battery")));

        assertThat(response.getStatus()).isEqualTo(201);
        Map<String, Object> body = WebFixtures.json(response);
        assertThat(body.get("token")).isEqualTo(WebFixtures.SESSION_TOKEN.value());
        assertThat(body.get("csrfToken")).isEqualTo(WebFixtures.SESSION_TOKEN.csrfToken());
        assertThat(body.get("expiresAt")).isEqualTo("2026-11-22T10:45:30.123Z");
        assertThat(WebFixtures.object(body.get("user"))).containsEntry("email", "ann@example.org")
                .containsEntry("roles", List.of("user"))
                .doesNotContainKeys("password", "passwordHash");
        assertThat(SetCookies.session(response)).isEqualTo(
                "__Host-gh_session=" + WebFixtures.SESSION_TOKEN.value() + "; Path=/; Secure; HttpOnly; SameSite=Lax");
        assertThat(SetCookies.of(response, "__Host-gh_device")).isEqualTo("__Host-gh_device="
                + WebFixtures.DEVICE.token().value() + "; Path=/; Max-Age=15552000; Secure; HttpOnly; SameSite=Strict");
        assertThat(received.get().email().value()).isEqualTo("ann@example.org");
        assertThat(received.get().rememberMe()).isFalse();
        assertThat(received.get().origin().userAgent()).contains("Firefox/140");
        assertThat(received.get().origin().clientAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void rememberMeCookieCarriesMaxAgeOfTheLongLifetime() {
        API.login = command -> WebFixtures.signedIn(ANN, command.rememberMe());

        Response response = post(Map.of("email", "ann@example.org", "password", "x", "rememberMe", true));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(SetCookies.session(response))
                .contains("; Max-Age=" + Duration.ofDays(30).toSeconds() + ";")
                .contains("HttpOnly").contains("SameSite=Lax").contains("Secure").doesNotContain("Domain");
    }

    @Test
    void wrongCredentialsAre401WithTheContractDetailAndNoCookie() {
        API.login = command -> { throw new InvalidCredentialsException(); };

        Response response = post(Map.of("email", "ann@example.org", "password", "wrong password here"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
        Map<String, Object> problem = WebFixtures.json(response);
        assertThat(problem.get("detail")).isEqualTo("Email or password are incorrect");
        assertThat(problem.get("status")).isEqualTo(401);
        assertThat(problem.get("title")).isNotNull();
        assertThat(problem.get("type")).isNotNull();
    }

    @Test
    void emailTooLongOrWithLineBreaksIs422NamingTheField() {
        String tooLong = "a".repeat(250) + "@x.org";

        for (String email : List.of(tooLong, "ann@example.org\r\nBcc: eve@evil.org")) {
            Response response = post(Map.of("email", email, "password", "whatever it is"));

            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(WebFixtures.errors(WebFixtures.json(response))).singleElement()
                    .satisfies(error -> assertThat(error).containsEntry("field", "email"));
        }
    }

    @Test
    void missingFieldsAreAllReportedAtOnce() {
        Response response = post(Map.of());

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(WebFixtures.errors(WebFixtures.json(response))).extracting(error -> error.get("field"))
                .containsExactly("email", "password");
    }

    @Test
    void malformedJsonIs400WithoutParserInternals() {
        Response response = RESOURCES.target("/api/sessions").request()
                .post(Entity.entity("{\"email\": \"ann@example.org\", ", MediaType.APPLICATION_JSON));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.readEntity(String.class)).doesNotContain("com.fasterxml").doesNotContain("LoginRequest");
    }

    @Test
    void wronglyTypedFieldIs400NamingTheField() {
        Response response = post(Map.of("email", "ann@example.org", "password", "x", "rememberMe", List.of(1)));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(WebFixtures.json(response).get("detail")).isEqualTo("Field 'rememberMe' has the wrong type");
    }

    @Test
    void emptyBodyIs400() {
        Response response = RESOURCES.target("/api/sessions").request()
                .post(Entity.entity("", MediaType.APPLICATION_JSON));

        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void otherContentTypesAre415() {
        Response response = RESOURCES.target("/api/sessions").request()
                .post(Entity.entity("email=ann@example.org&password=x", MediaType.APPLICATION_FORM_URLENCODED));

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void bodiesOver64KibAre413BeforeAnyUseCaseRuns() {
        String megabytePassword = "p".repeat(1024 * 1024);

        Response response = post(Map.of("email", "ann@example.org", "password", megabytePassword));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void aSaturatedHashingPoolIs503WithRetryAfter() {
        API.login = command -> { throw new CapacityExceededException("password hashing", Duration.ofSeconds(2)); };

        Response response = post(Map.of("email", "ann@example.org", "password", "whatever it is"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
    }

    @Test
    void listsOwnSessionsForTheBearerOfAValidToken() {
        API.authenticate = (token, origin) -> java.util.Optional.of(WebFixtures.authenticated(ANN));
        API.listOwnSessions = asking -> List.of(new OwnSession(asking.session(), true, "Firefox on Linux"));

        Response response = RESOURCES.target("/api/sessions").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.SESSION_TOKEN.value()).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(WebFixtures.jsonList(response)).singleElement().satisfies(session -> assertThat(session)
                .containsEntry("current", true)
                .containsEntry("userAgent", WebFixtures.BROWSER)
                .containsKeys("id", "createdAt", "lastSeenAt")
                .doesNotContainKeys("token", "tokenHash"));
    }

    @Test
    void revokingAnUnknownOrMalformedSessionIdIs404() {
        API.authenticate = (token, origin) -> java.util.Optional.of(WebFixtures.authenticated(ANN));
        API.revoke = (owner, session) -> { throw new SessionNotFoundException(); };

        for (String id : List.of("9b2f4c1e-0000-4000-8000-000000000000", "not-a-uuid")) {
            Response response = RESOURCES.target("/api/sessions/" + id).request()
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.SESSION_TOKEN.value()).delete();

            assertThat(response.getStatus()).isEqualTo(404);
        }
    }
}
