package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.OTHER_SESSION_TOKEN;
import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.admin.UserPage;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Destructive posts without {@code confirmed=yes} do nothing and ask, naming whom they affect: a
 * confirmation page without JavaScript, the question with 409 for htmx (whose dialog confirms).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConfirmationPagesTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final User ROOT = WebFixtures.user("root@example.org", Role.USER, Role.ADMIN);
    private static final User ANN = WebFixtures.user("ann@example.org", Role.USER, Role.ADMIN);
    private static final Authenticated ROOT_SIGNED_IN = WebFixtures.authenticated(ROOT);
    private static final String CSRF = SESSION_TOKEN.csrfToken();
    private static final Session OTHER = WebFixtures.session(ROOT, "Safari <17>", OTHER_SESSION_TOKEN, false);

    @BeforeEach
    void rootIsSignedInWithASecondSession() {
        PAGES.authenticate = (token, origin) -> token.equals(SESSION_TOKEN) ? Optional.of(ROOT_SIGNED_IN) : Optional.empty();
        PAGES.listOwnSessions = asking -> List.of(WebFixtures.own(asking.session(), true), WebFixtures.own(OTHER, false));
        PAGES.listUsers = query -> new UserPage(List.of(ANN, ROOT), 2);
        PAGES.revoke = (owner, session) -> { throw new AssertionError("must not be ended unconfirmed"); };
        PAGES.disableUser = (id, actor) -> { throw new AssertionError("must not be disabled unconfirmed"); };
        PAGES.setRoles = command -> { throw new AssertionError("roles must not change unconfirmed"); };
        PAGES.signOutEverywhere = command -> { throw new AssertionError("must not be signed out unconfirmed"); };
        PAGES.signOutEverywhereElse = (current, origin) -> { throw new AssertionError("must not sign out unconfirmed"); };
    }

    @Test
    void endingAnotherSessionAsksFirstNamingItAndPostsAgainConfirmed() {
        Response plain = PAGES.signedIn(PAGES.browser("/account/sessions/" + OTHER.id() + "/revoke"))
                .post(form("csrf_token", CSRF));
        Response htmx = PAGES.signedIn(PAGES.htmx("/account/sessions/" + OTHER.id() + "/revoke"))
                .post(form("csrf_token", CSRF));

        assertThat(plain.getStatus()).isEqualTo(200);
        assertThat(body(plain)).contains("<h1>End a session</h1>")
                .contains("End the session of Safari &lt;17&gt;, signed in")
                .contains("action=\"/account/sessions/" + OTHER.id() + "/revoke\"")
                .contains("<input type=\"hidden\" name=\"csrf_token\" value=\"" + CSRF + "\">")
                .contains("<input type=\"hidden\" name=\"confirmed\" value=\"yes\">")
                .contains("<button type=\"submit\" class=\"destructive\" aria-describedby=\"confirm-question\">End session</button>")
                .contains("<a href=\"/account/sessions\">Cancel</a>");
        assertThat(htmx.getStatus()).isEqualTo(409);
        assertThat(body(htmx)).startsWith("<ul").contains("End the session of Safari &lt;17&gt;");
    }

    @Test
    void theSessionsListCarriesTheQuestionForTheDialog() {
        String page = body(PAGES.signedIn(PAGES.browser("/account/sessions")).get());

        assertThat(page).contains("data-confirm=\"End the session of Safari &lt;17&gt;, signed in")
                .contains("data-confirm=\"Sign out every other browser (1 session)? This browser stays signed in.\"")
                .contains("<dialog id=\"confirm-dialog\"");
    }

    @Test
    void signingOutEverywhereElseAsksFirst() {
        Response plain = PAGES.signedIn(PAGES.browser("/account/sessions/revoke-others")).post(form("csrf_token", CSRF));

        assertThat(plain.getStatus()).isEqualTo(200);
        assertThat(body(plain)).contains("Sign out every other browser (1 session)? This browser stays signed in.")
                .contains("action=\"/account/sessions/revoke-others\"");
    }

    @Test
    void disablingAndSigningOutAnAccountNameIt() {
        Response disable = PAGES.signedIn(PAGES.browser("/admin/users/" + ANN.id() + "/disable"))
                .post(form("csrf_token", CSRF, "account", "ann@example.org", "email", "ann", "page", "2"));
        Response signOut = PAGES.signedIn(PAGES.browser("/admin/users/" + ANN.id() + "/sessions/revoke"))
                .post(form("csrf_token", CSRF, "account", "ann@example.org"));

        assertThat(disable.getStatus()).isEqualTo(200);
        assertThat(body(disable)).contains("Disable the account ann@example.org?")
                .contains("action=\"/admin/users/" + ANN.id() + "/disable\"")
                .contains("<input type=\"hidden\" name=\"email\" value=\"ann\">")
                .contains("<input type=\"hidden\" name=\"page\" value=\"2\">")
                .contains("href=\"/admin/users?email&#61;ann&amp;page&#61;2\"");
        assertThat(body(signOut)).contains("Sign out ann@example.org everywhere?");
    }

    @Test
    void takingARoleAwayAsksAndCarriesTheChosenRoles() {
        Response response = PAGES.signedIn(PAGES.browser("/admin/users/" + ANN.id() + "/roles"))
                .post(form("csrf_token", CSRF, "account", "ann@example.org", "role", "user"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).contains("Remove the role admin from ann@example.org?")
                .contains("<input type=\"hidden\" name=\"role\" value=\"user\">")
                .contains(">Remove role</button>");
    }

    @Test
    void anAccountTheFormDoesNotNameIsGoneNotGuessed() {
        Response response = PAGES.signedIn(PAGES.browser("/admin/users/" + ANN.id() + "/disable"))
                .post(form("csrf_token", CSRF, "account", "root@example.org"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response)).contains("That account no longer exists.");
    }

    @Test
    void theQuestionsAreWordedAsTheDialogWordsThem() {
        assertThat(dev.gatehouse.web.page.view.AdminUsersView.removalQuestion(List.of("admin", "user"), "a@b.org"))
                .isEqualTo("Remove the roles admin and user from a@b.org?");
    }
}
