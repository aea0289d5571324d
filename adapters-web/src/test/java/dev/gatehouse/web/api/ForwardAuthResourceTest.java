package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.http.ReturnToOrigins;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.client.ClientProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forward-auth check over fake use cases. The test client is no trusted proxy (none are
 * configured), so its {@code X-Forwarded-*} headers must be ignored however allowed they look.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ForwardAuthResourceTest {

    private static final ApiExtension API = forwardAuthFor("https://app.example.org");
    private static final ResourceExtension RESOURCES = API.build();
    private static final User ADA = WebFixtures.user("ada@example.org", Role.USER, Role.ADMIN);
    private static final String COOKIE = "__Host-gh_session=" + WebFixtures.SESSION_TOKEN.value();

    private static ApiExtension forwardAuthFor(String appOrigin) {
        ApiExtension api = new ApiExtension();
        api.forwardAuth = new ForwardAuthSettings(ReturnToOrigins.of(List.of(appOrigin)), true, "/login");
        return api;
    }

    @BeforeEach
    void onlyTheFixtureTokenIsValidAndNothingMayRotate() {
        API.authenticate = (token, origin) -> token.equals(WebFixtures.SESSION_TOKEN)
                ? Optional.of(WebFixtures.authenticated(ADA)) : Optional.empty();
        API.rotateToken = current -> {
            throw new AssertionError("a forward-auth check must never rotate a token");
        };
    }

    @Test
    void namesTheCookiesPersonInHeadersAndSetsNoCookie() {
        Response response = RESOURCES.target("/api/forward-auth").queryParam("role", "admin").request()
                .header("Cookie", COOKIE).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("X-Gatehouse-Email")).isEqualTo("ada@example.org");
        assertThat(response.getHeaderString("X-Gatehouse-Roles")).isEqualTo("admin,user");
        assertThat(response.getHeaderString("X-Gatehouse-User-Id")).isEqualTo(ADA.id().toString());
        assertThat(response.getHeaderString("X-Gatehouse-Csrf-Token")).isEqualTo(WebFixtures.SESSION_TOKEN.csrfToken());
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    }

    @Test
    void ignoresForwardedHeadersFromAnUntrustedPeer() {
        Response response = RESOURCES.target("/api/forward-auth").property(ClientProperties.FOLLOW_REDIRECTS, false)
                .request().header(HttpHeaders.ACCEPT, "text/html")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "app.example.org")
                .header("X-Forwarded-Uri", "/notes").header("X-Forwarded-Method", "GET").get();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getLocation().getPath()).isEqualTo("/login");
        assertThat(response.getLocation().getQuery()).isNull();
    }

    @Test
    void answersAPlainUnauthorizedToAnythingButABrowserOrWhenAskedTo() {
        Response api = RESOURCES.target("/api/forward-auth").request().header(HttpHeaders.ACCEPT, "application/json").get();
        Response nginx = RESOURCES.target("/api/forward-auth").queryParam("redirect", "false").request()
                .header(HttpHeaders.ACCEPT, "text/html").get();
        Response unknownToken = RESOURCES.target("/api/forward-auth").request().header(HttpHeaders.ACCEPT, "*/*")
                .header("Cookie", "__Host-gh_session=" + WebFixtures.OTHER_SESSION_TOKEN.value()).get();

        for (Response refused : List.of(api, nginx, unknownToken)) {
            assertThat(refused.getStatus()).isEqualTo(401);
            assertThat(refused.getMediaType().toString()).isEqualTo("application/problem+json");
            assertThat(refused.getHeaderString("X-Gatehouse-Sign-In")).isEqualTo("/login");
        }
    }

    @Test
    void aRoleNobodyHasIsRefusedLikeOneNotHeld() {
        Response response = RESOURCES.target("/api/forward-auth").queryParam("role", "root").request()
                .header("Cookie", COOKIE).get();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeaderString("X-Gatehouse-Email")).isNull();
    }
}
