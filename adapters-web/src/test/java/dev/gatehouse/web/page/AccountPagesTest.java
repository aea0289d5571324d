package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.account.ChangePasswordCommand;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.page.controller.PasswordChangePage;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The password change page and "sign out everywhere else" on the sessions page. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccountPagesTest {

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
    void aPasswordChangeIsMadeForTheSignedInSessionAndLandsOnTheSessionsPage() {
        AtomicReference<ChangePasswordCommand> received = new AtomicReference<>();
        PAGES.changePassword = received::set;

        Response response = PAGES.signedIn(PAGES.browser("/account/password"))
                .post(form("csrf_token", CSRF, "current_password", "old one", "new_password", "the new long one"));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().toString()).endsWith(PasswordChangePage.CHANGED.value());
        assertThat(received.get().current()).isEqualTo(ANN_SIGNED_IN);
        assertThat(received.get().currentPassword().value()).isEqualTo("old one");
        assertThat(received.get().newPassword().value()).isEqualTo("the new long one");
    }

    @Test
    void afterAPasswordChangeThePlainSessionContinuesUnderANewBrowserSessionCookie() {
        PAGES.changePassword = command -> { };
        PAGES.rotateTokenNow = current -> Optional.of(new Authenticated(WebFixtures.OTHER_SESSION_TOKEN,
                current.session().withRotatedToken(WebFixtures.OTHER_SESSION_TOKEN.hash(),
                        current.session().createdAt().plusSeconds(60)), current.user(), current.expiresAt()));
        try {
            Response response = PAGES.signedIn(PAGES.browser("/account/password"))
                    .post(form("csrf_token", CSRF, "current_password", "old one", "new_password", "the new long one"));

            assertThat(response.getStatus()).isEqualTo(303);
            assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE))
                    .isEqualTo("__Host-gh_session=" + WebFixtures.OTHER_SESSION_TOKEN.value()
                            + "; Path=/; Secure; HttpOnly; SameSite=Lax");
        } finally {
            PAGES.rotateTokenNow = current -> Optional.empty();
        }
    }

    @Test
    void aWrongCurrentPasswordComesBackOnThatFieldWithoutWhatWasTyped() {
        PAGES.changePassword = command -> { throw new InvalidCredentialsException(); };

        Response response = PAGES.signedIn(PAGES.browser("/account/password"))
                .post(form("csrf_token", CSRF, "current_password", "guessed secret", "new_password", "the new long one"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).contains(PasswordChangePage.WRONG_CURRENT).doesNotContain("guessed secret")
                .doesNotContain("the new long one");
    }

    @Test
    void withoutTheCsrfTokenNothingChanges() {
        PAGES.changePassword = command -> { throw new AssertionError("must not be reached"); };

        Response response = PAGES.signedIn(PAGES.browser("/account/password"))
                .post(form("current_password", "old one", "new_password", "the new long one"));

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void signingOutEverywhereElseKeepsThisSessionAndShowsTheListAgain() {
        List<Authenticated> asked = new ArrayList<>();
        PAGES.signOutEverywhereElse = (current, origin) -> {
            asked.add(current);
            return 2;
        };

        Response response = PAGES.signedIn(PAGES.htmx("/account/sessions/revoke-others"))
                .post(form("csrf_token", CSRF, "confirmed", "yes"));

        assertThat(response.getHeaderString("HX-Redirect")).isEqualTo("/account/sessions?done=signed-out-elsewhere");
        assertThat(asked).containsExactly(ANN_SIGNED_IN);
    }
}
