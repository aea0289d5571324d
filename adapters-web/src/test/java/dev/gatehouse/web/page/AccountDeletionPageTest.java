package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.account.AccountProof;
import dev.gatehouse.application.port.in.account.DeleteAccountCommand;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.testing.TestUsers;
import dev.gatehouse.domain.user.LastAdminException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.page.controller.AccountDeletionPage;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The confirmation before an account is deleted, with and without JavaScript, and the download of its data. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccountDeletionPageTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final User CODE_ONLY = TestUsers.aUser().withEmail("cody@example.org").withoutPassword().build();
    private static final String CSRF = SESSION_TOKEN.csrfToken();

    private void signedInAs(User user) {
        Authenticated signedIn = WebFixtures.authenticated(user);
        PAGES.authenticate = (token, origin) -> token.equals(SESSION_TOKEN) ? Optional.of(signedIn) : Optional.empty();
    }

    @BeforeEach
    void annIsSignedIn() {
        signedInAs(ANN);
        PAGES.deleteAccount = command -> { throw new AssertionError("account deletion not expected"); };
    }

    @Test
    void theConfirmationNamesTheAddressAndAsksForThePassword() {
        Response page = PAGES.signedIn(PAGES.browser("/account/delete")).get();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(body(page)).contains("ann@example.org").contains("name=\"password\"").contains(CSRF)
                .contains("href=\"/account/export\"").doesNotContain("name=\"code\"");
    }

    @Test
    void deletingWithThePasswordClearsTheCookieAndLandsOnTheHomePage() {
        AtomicReference<DeleteAccountCommand> received = new AtomicReference<>();
        PAGES.deleteAccount = received::set;

        Response response = PAGES.signedIn(PAGES.browser("/account/delete"))
                .post(form("csrf_token", CSRF, "password", "the right one"));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().toString()).endsWith(AccountDeletionPage.DELETED.value());
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).contains("__Host-gh_session=").contains("Max-Age=0");
        assertThat(received.get().current().user()).isEqualTo(ANN);
        assertThat(received.get().proof()).isInstanceOfSatisfying(AccountProof.Password.class,
                given -> assertThat(given.password().value()).isEqualTo("the right one"));
    }

    @Test
    void withHtmxTheAnswerIsARedirectHeader() {
        PAGES.deleteAccount = command -> { };

        Response response = PAGES.signedIn(PAGES.htmx("/account/delete")).post(form("csrf_token", CSRF, "password", "p"));

        assertThat(response.getHeaderString("HX-Redirect")).isEqualTo(AccountDeletionPage.DELETED.value());
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).contains("Max-Age=0");
    }

    @Test
    void aWrongPasswordComesBackOnThatFieldWithoutWhatWasTypedAndTheCookieStays() {
        PAGES.deleteAccount = command -> { throw new InvalidCredentialsException(); };

        Response response = PAGES.signedIn(PAGES.browser("/account/delete"))
                .post(form("csrf_token", CSRF, "password", "guessed secret"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).contains("That password is not right.").doesNotContain("guessed secret");
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void theLastAdministratorIsToldWhyWith409() {
        PAGES.deleteAccount = command -> { throw LastAdminException.deletingOwnAccount(); };

        Response response = PAGES.signedIn(PAGES.htmx("/account/delete")).post(form("csrf_token", CSRF, "password", "p"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response)).contains("last active administrator");
    }

    @Test
    void withoutTheCsrfTokenNothingIsDeleted() {
        Response response = PAGES.signedIn(PAGES.browser("/account/delete")).post(form("password", "the right one"));

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void anAccountWithoutAPasswordIsMailedACodeToItsOwnAddressThenEntersIt() {
        signedInAs(CODE_ONLY);
        AtomicReference<RequestCodeCommand> requested = new AtomicReference<>();
        PAGES.requestSignInCode = requested::set;
        AtomicReference<DeleteAccountCommand> received = new AtomicReference<>();
        PAGES.deleteAccount = received::set;
        try {
            assertThat(body(PAGES.signedIn(PAGES.browser("/account/delete")).get()))
                    .contains("cody@example.org").contains("action=\"/account/delete/code\"").doesNotContain("name=\"password\"");

            Response sent = PAGES.signedIn(PAGES.browser("/account/delete/code")).post(form("csrf_token", CSRF));
            assertThat(sent.getStatus()).isEqualTo(303);
            assertThat(requested.get().email()).isEqualTo(CODE_ONLY.email());
            assertThat(body(PAGES.signedIn(PAGES.browser("/account/delete", "code", "sent")).get()))
                    .contains("name=\"code\"");

            Response refused = PAGES.signedIn(PAGES.browser("/account/delete")).post(form("csrf_token", CSRF, "code", "12"));
            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(received.get()).isNull();

            Response deleted = PAGES.signedIn(PAGES.browser("/account/delete"))
                    .post(form("csrf_token", CSRF, "code", "123456"));
            assertThat(deleted.getStatus()).isEqualTo(303);
            assertThat(received.get().proof()).isInstanceOf(AccountProof.Code.class);
        } finally {
            PAGES.requestSignInCode = command -> { throw new AssertionError("code request not expected"); };
        }
    }
}
