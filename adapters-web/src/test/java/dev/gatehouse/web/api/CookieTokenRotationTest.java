package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The web side of remember-me token rotation: when it is asked for, and what the answer carries. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CookieTokenRotationTest {

    private static final ApiExtension API = new ApiExtension();
    private static final ResourceExtension RESOURCES = API.build();
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final String COOKIE = "__Host-gh_session=" + WebFixtures.SESSION_TOKEN.value();
    private static final Duration LEFT = Duration.ofDays(29);

    private final AtomicInteger rotations = new AtomicInteger();

    @BeforeEach
    void theFixtureTokenIsARememberedSessionDueForRotation() {
        Session session = WebFixtures.session(ANN, true);
        API.authenticate = (token, origin) -> token.equals(WebFixtures.SESSION_TOKEN)
                ? Optional.of(new Authenticated(token, session, ANN, session.absoluteExpiresAt())) : Optional.empty();
        API.rotateToken = current -> {
            rotations.incrementAndGet();
            Session rotated = current.session().withRotatedToken(WebFixtures.OTHER_SESSION_TOKEN.hash(),
                    current.expiresAt().minus(LEFT));
            return Optional.of(new Authenticated(WebFixtures.OTHER_SESSION_TOKEN, rotated, current.user(), current.expiresAt()));
        };
        API.logOut = (ended, actor) -> { };
    }

    @Test
    void aCookieRequestGetsTheNewTokensCookieForWhatIsLeftOfTheSessionAndItsCsrfToken() {
        Response response = RESOURCES.target("/api/session").request().header("Cookie", COOKIE).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).singleElement().asString()
                .startsWith("__Host-gh_session=" + WebFixtures.OTHER_SESSION_TOKEN.value() + "; Path=/; Max-Age=" + LEFT.toSeconds())
                .contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(WebFixtures.json(response).get("csrfToken")).isEqualTo(WebFixtures.OTHER_SESSION_TOKEN.csrfToken());
    }

    @Test
    void aBearerTokenIsNeverRotatedForNothingWouldTellTheIntegration() {
        Response response = RESOURCES.target("/api/session").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.SESSION_TOKEN.value()).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(rotations).hasValue(0);
    }

    @Test
    void aWriteIsCheckedAgainstTheCsrfTokenOfTheTokenItCameWith() {
        Response refused = RESOURCES.target("/api/session").request().header("Cookie", COOKIE)
                .header("X-CSRF-Token", WebFixtures.OTHER_SESSION_TOKEN.csrfToken()).delete();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(rotations).hasValue(0);

        Response accepted = RESOURCES.target("/api/session").request().header("Cookie", COOKIE)
                .header("X-CSRF-Token", WebFixtures.SESSION_TOKEN.csrfToken()).delete();
        assertThat(accepted.getStatus()).isEqualTo(204);
    }

    @Test
    void signingOutKeepsItsClearedCookieRatherThanTheRotatedOne() {
        Response response = RESOURCES.target("/api/session").request().header("Cookie", COOKIE)
                .header("X-CSRF-Token", WebFixtures.SESSION_TOKEN.csrfToken()).delete();

        List<Object> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookies).singleElement().asString().contains("Max-Age=0");
    }

    @Test
    void aRefusedAnswerStillCarriesTheNewCookie() {
        API.revoke = (owner, session) -> { throw new SessionNotFoundException(); };

        Response response = RESOURCES.target("/api/sessions/" + UUID.randomUUID()).request().header("Cookie", COOKIE)
                .header("X-CSRF-Token", WebFixtures.SESSION_TOKEN.csrfToken()).delete();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).contains(WebFixtures.OTHER_SESSION_TOKEN.value());
    }

    @Test
    void aPasswordChangeByCookieGivesTheBrowserANewTokenAndByBearerNot() {
        API.rotateToken = current -> Optional.empty();
        API.rotateTokenNow = current -> {
            rotations.incrementAndGet();
            return Optional.of(new Authenticated(WebFixtures.OTHER_SESSION_TOKEN,
                    current.session().withRotatedToken(WebFixtures.OTHER_SESSION_TOKEN.hash(), current.expiresAt().minus(LEFT)),
                    current.user(), current.expiresAt()));
        };
        API.changePassword = command -> { };
        String body = "{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"purple elephant marching\"}";

        Response byCookie = RESOURCES.target("/api/users/me/password").request().header("Cookie", COOKIE)
                .header("X-CSRF-Token", WebFixtures.SESSION_TOKEN.csrfToken()).put(jakarta.ws.rs.client.Entity.json(body));
        Response byBearer = RESOURCES.target("/api/users/me/password").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.SESSION_TOKEN.value()).put(jakarta.ws.rs.client.Entity.json(body));

        assertThat(byCookie.getStatus()).isEqualTo(204);
        assertThat(byCookie.getHeaderString(HttpHeaders.SET_COOKIE)).startsWith("__Host-gh_session=" + WebFixtures.OTHER_SESSION_TOKEN.value());
        assertThat(byBearer.getStatus()).isEqualTo(204);
        assertThat(byBearer.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(rotations).hasValue(1);
    }

    @Test
    void noCookieIsSentWhenNoRotationWasDue() {
        API.rotateToken = current -> Optional.empty();

        Response response = RESOURCES.target("/api/session").request().header("Cookie", COOKIE).get();

        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(WebFixtures.json(response).get("csrfToken")).isEqualTo(WebFixtures.SESSION_TOKEN.csrfToken());
        assertThat(SessionLifetime.DEFAULT.rememberMeLifetime()).isGreaterThan(LEFT);
    }
}
