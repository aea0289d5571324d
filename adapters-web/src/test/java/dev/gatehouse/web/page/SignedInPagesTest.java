package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.OTHER_SESSION_TOKEN;
import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.page.controller.SessionsPage;
import dev.gatehouse.web.page.view.FormRefusedView;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class SignedInPagesTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final Authenticated ANN_SIGNED_IN = WebFixtures.authenticated(ANN);
    private static final String CSRF = SESSION_TOKEN.csrfToken();

    @BeforeEach
    void annIsSignedIn() {
        PAGES.authenticate = (token, origin) -> token.equals(SESSION_TOKEN) ? Optional.of(ANN_SIGNED_IN) : Optional.empty();
    }

    @Test
    void anonymousVisitorsOfAProtectedPageAreSentToSignInWithTheirWayBack() {
        Response response = PAGES.browser("/dashboard").get();

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/login");
        assertThat(response.getLocation().getRawQuery()).isEqualTo("next=%2Fdashboard");
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void theWayBackKeepsTheQuery() {
        Response response = PAGES.browser("/account/sessions", "sort", "recent").get();

        assertThat(response.getLocation().getRawQuery()).isEqualTo("next=%2Faccount%2Fsessions%3Fsort%3Drecent");
    }

    @Test
    void anHtmxRequestIsToldWhereToGoWithHxRedirect() {
        Response response = PAGES.htmx("/logout").post(form("csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeaderString("HX-Redirect")).isEqualTo("/login");
        assertThat(response.getLocation()).isNull();
    }

    @Test
    void anExpiredOrRevokedSessionIsSentToSignInAndItsCookieCleared() {
        Response response = PAGES.browser("/dashboard")
                .cookie(PAGES.sessionCookie.name(), OTHER_SESSION_TOKEN.value()).get();

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/login");
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).contains("Max-Age=0");
    }

    @Test
    void aBearerTokenDoesNotOpenPages() {
        Response response = PAGES.browser("/dashboard").header(HttpHeaders.AUTHORIZATION, "Bearer " + SESSION_TOKEN.value()).get();

        assertThat(response.getStatus()).isEqualTo(303);
    }

    @Test
    void dashboardShowsWhoIsSignedInAndIsNeverCached() {
        Response response = PAGES.signedIn(PAGES.browser("/dashboard")).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(body(response)).contains("<strong>ann@example.org</strong>").contains("Roles: user")
                .contains("action=\"/logout\"").contains("value=\"" + CSRF + "\"")
                .contains("<time datetime=\"2026-11-22T10:15:30Z\">22 Nov 2026, 10:15 UTC</time>");
    }

    @Test
    void aRotatedTokenComesBackAsTheCookieAndThePageIsBoundToIt() {
        PAGES.rotateToken = current -> Optional.of(new Authenticated(OTHER_SESSION_TOKEN,
                current.session().withRotatedToken(OTHER_SESSION_TOKEN.hash(), current.session().createdAt().plusSeconds(3600)),
                current.user(), current.expiresAt()));
        try {
            Response response = PAGES.signedIn(PAGES.browser("/dashboard")).get();

            assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE))
                    .startsWith("__Host-gh_session=" + OTHER_SESSION_TOKEN.value() + "; Path=/");
            assertThat(body(response)).contains("value=\"" + OTHER_SESSION_TOKEN.csrfToken() + "\"").doesNotContain(CSRF);
        } finally {
            PAGES.rotateToken = current -> Optional.empty();
        }
    }

    @Test
    void sessionsPageListsOwnSessionsWithTheCurrentOneMarked() {
        Session other = WebFixtures.session(ANN, "Safari <17>", OTHER_SESSION_TOKEN, true);
        PAGES.listOwnSessions = asking -> List.of(
                WebFixtures.own(other, false), WebFixtures.own(asking.session(), true));

        Response response = PAGES.signedIn(PAGES.browser("/account/sessions")).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        String page = body(response);
        assertThat(page).contains("<tr aria-current=\"true\">\n<td data-label=\"Browser\">Firefox/140<br><mark>This browser</mark>")
                .contains("<td data-label=\"Browser\">Safari &lt;17&gt;<br><small>Stays signed in</small>")
                .contains("action=\"/account/sessions/" + other.id() + "/revoke\"")
                .contains("Sign out here").contains("End session")
                .contains("stays listed, and valid, until it has gone 30 minutes unused");
        assertThat(page.indexOf("This browser")).as("this browser first").isLessThan(page.indexOf("Safari &lt;17&gt;"));
        assertThat(page).containsPattern("<time datetime=\"[0-9T:-]+Z\" title=\"[^\"]+ UTC\">[^<]+ ago</time>");
    }

    @Test
    void revokingAnotherSessionEndsItAndShowsTheListAgain() {
        List<SessionId> revoked = new ArrayList<>();
        SessionId other = WebFixtures.session(ANN, "Safari", OTHER_SESSION_TOKEN, false).id();
        PAGES.revoke = (owner, session) -> {
            assertThat(owner.user().id()).isEqualTo(ANN.id());
            revoked.add(session);
        };

        Response plain = PAGES.signedIn(PAGES.browser("/account/sessions/" + other + "/revoke"))
                .post(form("csrf_token", CSRF, "confirmed", "yes"));
        Response htmx = PAGES.signedIn(PAGES.htmx("/account/sessions/" + other + "/revoke"))
                .post(form("csrf_token", CSRF, "confirmed", "yes"));

        assertThat(plain.getStatus()).isEqualTo(303);
        assertThat(plain.getLocation().getPath()).isEqualTo("/account/sessions");
        assertThat(plain.getLocation().getQuery()).isEqualTo("done=session-ended");
        assertThat(htmx.getHeaderString("HX-Redirect")).isEqualTo("/account/sessions?done=session-ended");
        assertThat(revoked).containsExactly(other, other);
    }

    @Test
    void revokingTheCurrentSessionSignsOut() {
        PAGES.revoke = (owner, session) -> { };

        Response response = PAGES.signedIn(PAGES.browser("/account/sessions/" + ANN_SIGNED_IN.session().id() + "/revoke"))
                .post(form("csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/login");
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).contains("Max-Age=0");
    }

    @Test
    void revokingAnUnknownSessionIs404WithTheListAndAMessage() {
        PAGES.revoke = (owner, session) -> { throw new SessionNotFoundException(); };

        Response unknown = PAGES.signedIn(PAGES.browser("/account/sessions/" + SessionId.parse(
                "00000000-0000-4000-8000-000000000000") + "/revoke")).post(form("csrf_token", CSRF));
        Response notAnId = PAGES.signedIn(PAGES.htmx("/account/sessions/1%20OR%201=1/revoke")).post(form("csrf_token", CSRF));

        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(body(unknown)).contains("<h1>Your sessions</h1>").contains(SessionsPage.ALREADY_ENDED);
        assertThat(notAnId.getStatus()).isEqualTo(404);
        assertThat(body(notAnId)).startsWith("<ul").contains(SessionsPage.ALREADY_ENDED);
    }

    @Test
    void aSignedInFormWithoutTheCsrfTokenIsA403PageNeverASignOut() {
        Response revoke = PAGES.signedIn(PAGES.browser("/account/sessions/" + ANN_SIGNED_IN.session().id() + "/revoke"))
                .post(form());
        Response logout = PAGES.signedIn(PAGES.browser("/logout")).post(form("csrf_token", OTHER_SESSION_TOKEN.csrfToken()));
        Response htmx = PAGES.signedIn(PAGES.htmx("/logout")).post(form("csrf_token", SESSION_TOKEN.value()));

        assertThat(revoke.getStatus()).isEqualTo(403);
        assertThat(body(revoke)).contains("<h1>Form not accepted</h1>").contains("href=\"/dashboard\"");
        assertThat(revoke.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(logout.getStatus()).isEqualTo(403);
        assertThat(htmx.getStatus()).isEqualTo(403);
        assertThat(body(htmx)).startsWith("<ul").contains(FormRefusedView.MESSAGE);
    }

    @Test
    void logoutEndsTheSessionClearsTheCookieAndGoesToSignIn() {
        List<SessionId> ended = new ArrayList<>();
        PAGES.logOut = (session, actor) -> ended.add(session);

        Response response = PAGES.signedIn(PAGES.browser("/logout")).post(form("csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/login");
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE))
                .isEqualTo("__Host-gh_session=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax");
        assertThat(ended).containsExactly(ANN_SIGNED_IN.session().id());
    }

    @Test
    void logoutAcceptsTheCsrfTokenAsTheXCsrfTokenHeader() {
        PAGES.logOut = (session, actor) -> { };

        Response response = PAGES.signedIn(PAGES.htmx("/logout")).header("X-CSRF-Token", CSRF).post(form());

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeaderString("HX-Redirect")).isEqualTo("/login?done=signed-out");
    }

    @Test
    void anonymousLogoutGoesToSignIn() {
        Response response = PAGES.browser("/logout").post(form());

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/login");
        assertThat(response.getLocation().getQuery()).isNull();
    }

    @Test
    void logoutByGetIs405() {
        Response response = PAGES.signedIn(PAGES.browser("/logout")).get();

        assertThat(response.getStatus()).isEqualTo(405);
    }

    @Test
    void aSignedInPersonWithoutTheRoleGetsTheNoAccessPage() {
        Response plain = PAGES.signedIn(PAGES.browser("/test/admin-only")).get();
        Response htmx = PAGES.signedIn(PAGES.htmx("/test/admin-only")).get();

        assertThat(plain.getStatus()).isEqualTo(403);
        assertThat(plain.getMediaType().toString()).startsWith("text/html");
        assertThat(body(plain)).contains("<h1>No access</h1>").contains("<strong>Gatehouse</strong>")
                .contains("action=\"/logout\"");
        assertThat(htmx.getStatus()).isEqualTo(403);
        assertThat(body(htmx)).startsWith("<ul");
    }

    @Test
    void aPersonWithTheRoleGetsThrough() {
        Authenticated admin = WebFixtures.authenticated(WebFixtures.user("root@example.org", Role.USER, Role.ADMIN));
        PAGES.authenticate = (token, origin) -> Optional.of(admin);

        Response response = PAGES.signedIn(PAGES.browser("/test/admin-only")).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).isEqualTo("for admins");
    }

    @Test
    void anonymousVisitorsOfARolePageAreSentToSignInFirst() {
        PAGES.authenticate = (token, origin) -> Optional.empty();

        Response response = PAGES.browser("/test/admin-only").get();

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getRawQuery()).isEqualTo("next=%2Ftest%2Fadmin-only");
    }
}
