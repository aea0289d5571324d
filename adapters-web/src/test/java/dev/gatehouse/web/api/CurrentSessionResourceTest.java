package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CurrentSessionResourceTest {

    private static final ApiExtension API = new ApiExtension();
    private static final ResourceExtension RESOURCES = API.build();
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final String COOKIE = "__Host-gh_session=" + WebFixtures.SESSION_TOKEN.value();

    private final AtomicReference<SessionId> loggedOut = new AtomicReference<>();

    @BeforeEach
    void onlyTheFixtureTokenIsValid() {
        API.authenticate = (token, origin) -> token.equals(WebFixtures.SESSION_TOKEN)
                ? Optional.of(WebFixtures.authenticated(ANN)) : Optional.empty();
        API.logOut = (session, actor) -> loggedOut.set(session);
    }

    @Test
    void answersTheSessionForABearerToken() {
        Response response = RESOURCES.target("/api/session").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.SESSION_TOKEN.value()).get();

        assertThat(response.getStatus()).isEqualTo(200);
        Map<String, Object> body = WebFixtures.json(response);
        assertThat(body.get("csrfToken")).isEqualTo(WebFixtures.SESSION_TOKEN.csrfToken());
        assertThat(WebFixtures.object(body.get("user"))).containsEntry("email", "ann@example.org");
        assertThat(body.get("expiresAt")).isNotNull();
        assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    }

    @Test
    void answersTheSessionForTheCookie() {
        Response response = RESOURCES.target("/api/session").request().header("Cookie", COOKIE).get();

        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void anUnknownMissingOrMalformedTokenIs401Problem() {
        SessionToken unknown = WebFixtures.OTHER_SESSION_TOKEN;
        for (String authorization : new String[] {"Bearer " + unknown.value(), "Bearer ", "Basic YWxhZGRpbjpvcGVu",
                "Bearer ' OR 1=1 --", null}) {
            var request = RESOURCES.target("/api/session").request();
            if (authorization != null) {
                request = request.header(HttpHeaders.AUTHORIZATION, authorization);
            }
            Response response = request.get();

            assertThat(response.getStatus()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
            assertThat(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
    }

    @Test
    void aBadBearerTokenIsNotRescuedByAValidCookie() {
        Response response = RESOURCES.target("/api/session").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.OTHER_SESSION_TOKEN.value())
                .header("Cookie", COOKIE).get();

        assertThat(response.getStatus()).isEqualTo(401);
    }

    @Test
    void cookieLogoutWithoutCsrfTokenIs403AndKeepsTheSession() {
        Response response = RESOURCES.target("/api/session").request().header("Cookie", COOKIE).delete();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(loggedOut.get()).isNull();
    }

    @Test
    void cookieLogoutWithAWrongCsrfTokenIs403() {
        Response response = RESOURCES.target("/api/session").request().header("Cookie", COOKIE)
                .header("X-CSRF-Token", WebFixtures.OTHER_SESSION_TOKEN.csrfToken()).delete();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(loggedOut.get()).isNull();
    }

    @Test
    void cookieLogoutWithTheCsrfHeaderEndsTheSessionAndClearsTheCookie() {
        Response response = RESOURCES.target("/api/session").request().header("Cookie", COOKIE)
                .header("X-CSRF-Token", WebFixtures.SESSION_TOKEN.csrfToken()).delete();

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(loggedOut.get()).isEqualTo(WebFixtures.authenticated(ANN).session().id());
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE))
                .isEqualTo("__Host-gh_session=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax");
    }

    @Test
    void csrfTokenIsAlsoAcceptedAsAFormFieldAndTheFormStaysReadable() {
        Form form = new Form("csrf_token", WebFixtures.SESSION_TOKEN.csrfToken()).param("note", "kept");

        Response response = RESOURCES.target("/test/form-probe").request().header("Cookie", COOKIE).post(Entity.form(form));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.readEntity(String.class)).isEqualTo("kept");
    }

    @Test
    void aFormWithoutTheCsrfFieldIs403() {
        Response response = RESOURCES.target("/test/form-probe").request().header("Cookie", COOKIE)
                .post(Entity.form(new Form("note", "x")));

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void bearerLogoutNeedsNoCsrfToken() {
        Response response = RESOURCES.target("/api/session").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.SESSION_TOKEN.value()).delete();

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(loggedOut.get()).isNotNull();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Response response = RESOURCES.target("/api/session").request().get();

        assertThat(response.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaderString("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeaderString("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.getHeaderString("Strict-Transport-Security")).startsWith("max-age=");
    }
}
