package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.account.ConfirmEmailChangeCommand;
import dev.gatehouse.application.port.in.account.ReauthenticationRequiredException;
import dev.gatehouse.application.port.in.account.RequestEmailChangeCommand;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.page.controller.AccountPage;
import dev.gatehouse.web.page.view.Flash;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Account page and its change of address: the request form, then the code form. */
@ExtendWith(DropwizardExtensionsSupport.class)
class EmailChangePagesTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final Authenticated ANN_SIGNED_IN = WebFixtures.authenticated(ANN);
    private static final String CSRF = SESSION_TOKEN.csrfToken();

    @BeforeEach
    void annIsSignedIn() {
        PAGES.authenticate = (token, origin) -> token.equals(SESSION_TOKEN) ? Optional.of(ANN_SIGNED_IN) : Optional.empty();
    }

    @AfterEach
    void nothingMoreExpected() {
        PAGES.requestEmailChange = command -> { throw new AssertionError("change of address not expected"); };
        PAGES.confirmEmailChange = command -> { throw new AssertionError("confirming a change of address not expected"); };
    }

    @Test
    void theAccountPageShowsTheAddressTheWaysOnAndTheChangeForm() {
        Response response = PAGES.signedIn(PAGES.browser("/account")).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).contains("ann@example.org").contains("href=\"/account/password\"")
                .contains("href=\"/account/sessions\"").contains("action=\"/account/email\"")
                .contains("name=\"password\"").contains("href=\"/account\"")
                .contains("href=\"/account/export\"").contains("href=\"/account/delete\"");
    }

    @Test
    void theAccountPageIsForSignedInPeopleOnly() {
        Response response = PAGES.browser("/account").get();

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/login");
    }

    @Test
    void aRequestGoesOnToTheCodeForm() {
        AtomicReference<RequestEmailChangeCommand> received = new AtomicReference<>();
        PAGES.requestEmailChange = received::set;

        Response response = PAGES.signedIn(PAGES.browser("/account/email"))
                .post(form("csrf_token", CSRF, "new_email", " Ann.New@Example.NET ", "password", "my password"));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().toString()).endsWith(AccountPage.CODE_FORM.value());
        assertThat(received.get().current()).isEqualTo(ANN_SIGNED_IN);
        assertThat(received.get().newEmail()).isEqualTo(EmailAddress.of("ann.new@example.net"));
        assertThat(received.get().password().orElseThrow().value()).isEqualTo("my password");
    }

    @Test
    void withHtmxTheRequestRedirectsTheWholePage() {
        PAGES.requestEmailChange = command -> { };

        Response response = PAGES.signedIn(PAGES.htmx("/account/email"))
                .post(form("csrf_token", CSRF, "new_email", "ann.new@example.net", "password", "my password"));

        assertThat(response.getHeaderString("HX-Redirect")).isEqualTo(AccountPage.CODE_FORM.value());
    }

    @Test
    void aMalformedAddressIsRefusedBeforeTheUseCaseWithWhatWasTyped() {
        Response response = PAGES.signedIn(PAGES.browser("/account/email"))
                .post(form("csrf_token", CSRF, "new_email", "not an address", "password", "my password"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).contains("value=\"not an address\"").doesNotContain("my password");
    }

    @Test
    void aWrongPasswordComesBackOnThatFieldWithoutWhatWasTyped() {
        PAGES.requestEmailChange = command -> { throw new InvalidCredentialsException(); };

        Response response = PAGES.signedIn(PAGES.browser("/account/email"))
                .post(form("csrf_token", CSRF, "new_email", "ann.new@example.net", "password", "guessed secret"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).contains(AccountPage.WRONG_PASSWORD).doesNotContain("guessed secret");
    }

    @Test
    void aStaleCodeSignInAsksToSignInAgain() {
        PAGES.requestEmailChange = command -> { throw new ReauthenticationRequiredException(); };

        Response response = PAGES.signedIn(PAGES.browser("/account/email"))
                .post(form("csrf_token", CSRF, "new_email", "ann.new@example.net"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response)).contains("sign in with a code again first");
    }

    @Test
    void withoutTheCsrfTokenNothingIsAsked() {
        Response request = PAGES.signedIn(PAGES.browser("/account/email"))
                .post(form("new_email", "ann.new@example.net", "password", "my password"));
        Response confirm = PAGES.signedIn(PAGES.browser("/account/email/confirm")).post(form("code", "123456"));

        assertThat(request.getStatus()).isEqualTo(403);
        assertThat(confirm.getStatus()).isEqualTo(403);
    }

    @Test
    void theRightCodeLandsOnTheAccountPageWithANotice() {
        AtomicReference<ConfirmEmailChangeCommand> received = new AtomicReference<>();
        PAGES.confirmEmailChange = command -> {
            received.set(command);
            return ANN.withEmail(EmailAddress.of("ann.new@example.net"));
        };

        Response response = PAGES.signedIn(PAGES.browser("/account/email/confirm"))
                .post(form("csrf_token", CSRF, "code", " 123456 "));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().toString()).endsWith(AccountPage.CHANGED.value());
        assertThat(received.get().code().digits()).isEqualTo("123456");
        assertThat(body(PAGES.signedIn(PAGES.browser("/account", "done", "address-changed")).get()))
                .contains("<p data-flash=\"address-changed\">" + Flash.ADDRESS_CHANGED.text() + "</p>");
    }

    @Test
    void aWrongOrMalformedCodeComesBackToTheCodeForm() {
        PAGES.confirmEmailChange = command -> { throw new InvalidCodeException(); };

        Response wrong = PAGES.signedIn(PAGES.browser("/account/email/confirm")).post(form("csrf_token", CSRF, "code", "654321"));
        Response malformed = PAGES.signedIn(PAGES.browser("/account/email/confirm")).post(form("csrf_token", CSRF, "code", "12ab"));

        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(body(wrong)).contains("action=\"/account/email/confirm\"");
        assertThat(malformed.getStatus()).isEqualTo(422);
    }

    @Test
    void anAddressTakenMeanwhileIsAConflict() {
        PAGES.confirmEmailChange = command -> { throw new EmailAlreadyRegisteredException(); };

        Response response = PAGES.signedIn(PAGES.browser("/account/email/confirm")).post(form("csrf_token", CSRF, "code", "123456"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response)).contains("already exists");
    }
}
