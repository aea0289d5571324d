package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.PASSWORD;
import static dev.gatehouse.web.WebFixtures.PRE_SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.application.port.in.account.Registration;
import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.password.PasswordViolation;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.RegistrationToken;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class RegisterPageTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final String CSRF = PRE_SESSION_TOKEN.csrfToken();

    private Response register(String... fields) {
        return PAGES.withPreSession(PAGES.browser("/register")).post(form(fields));
    }

    private static PasswordRejectedException rejected(String... reasons) {
        return new PasswordRejectedException(List.of(reasons).stream()
                .map(reason -> new PasswordViolation(PasswordViolation.Kind.COMMON, reason)).toList());
    }

    @Test
    void formHasLabelledFieldsANewPasswordHintAndThePreSessionToken() {
        Response response = PAGES.browser("/register").get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).startsWith("__Host-gh_presession=");
        assertThat(body(response))
                .contains("<label for=\"register-email\">").contains("autocomplete=\"email\"")
                .contains("<label for=\"register-password\">").contains("autocomplete=\"new-password\"")
                .contains("At least " + PageExtension.PASSWORD_MIN_LENGTH + " characters")
                .contains("value=\"" + WebFixtures.NEW_PRE_SESSION_TOKEN.csrfToken() + "\"");
    }

    @Test
    void registersAndSignsTheNewAccountInWithThePasswordJustTyped() {
        AtomicReference<RegisterUserCommand> received = new AtomicReference<>();
        AtomicReference<PasswordLoginCommand> signedIn = new AtomicReference<>();
        PAGES.register = command -> {
            received.set(command);
            return new Registration.Created(WebFixtures.user(command.email().value()));
        };
        PAGES.login = command -> {
            signedIn.set(command);
            return WebFixtures.signedIn(WebFixtures.user(command.email().value()), false);
        };

        Response response = register("email", "New@Example.org", "password", PASSWORD, "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/dashboard");
        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).anyMatch(cookie -> cookie.toString()
                .startsWith(PAGES.sessionCookie.name() + "="));
        assertThat(received.get().email().value()).isEqualTo("new@example.org");
        assertThat(received.get().password().value()).isEqualTo(PASSWORD);
        assertThat(signedIn.get().email().value()).isEqualTo("new@example.org");
        assertThat(signedIn.get().password().value()).isEqualTo(PASSWORD);
        assertThat(signedIn.get().rememberMe()).isFalse();
    }

    @Test
    void withHtmxSuccessIsAnHxRedirectToTheDashboard() {
        PAGES.register = command -> new Registration.Created(WebFixtures.user(command.email().value()));
        PAGES.login = command -> WebFixtures.signedIn(WebFixtures.user(command.email().value()), false);

        Response response = PAGES.withPreSession(PAGES.htmx("/register"))
                .post(form("email", "new@example.org", "password", PASSWORD, "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeaderString("HX-Redirect")).isEqualTo("/dashboard");
    }

    @Test
    void aRefusedSignInAfterRegisteringLeadsToTheSignInPageSayingTheAccountIsReady() {
        PAGES.register = command -> new Registration.Created(WebFixtures.user(command.email().value()));
        PAGES.login = command -> { throw new TooManyAttemptsException(java.time.Duration.ofSeconds(30)); };

        Response response = register("email", "new@example.org", "password", PASSWORD, "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/login");
        assertThat(response.getLocation().getQuery()).isEqualTo("registered");
    }

    @Test
    void everyPasswordPolicyReasonIsListedWith422TheEmailKeptAndFocusOnThePassword() {
        PAGES.register = command -> {
            throw rejected("Password must be at least 12 characters", "Password is too common; choose another");
        };

        Response response = register("email", "new@example.org", "password", "password", "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("<ul data-invalid-fields=\"password\" data-focus=\"password\">"
                        + "<li>Password must be at least 12 characters</li>"
                        + "<li>Password is too common; choose another</li></ul>")
                .contains("value=\"new@example.org\"")
                .contains("aria-describedby=\"register-password-hint register-errors\" aria-invalid=\"true\" autofocus>")
                .doesNotContain("value=\"password\"");
    }

    @Test
    void withHtmxPolicyReasonsComeAsAFragmentWith422() {
        PAGES.register = command -> { throw rejected("Password is too common; choose another"); };

        Response response = PAGES.withPreSession(PAGES.htmx("/register"))
                .post(form("email", "new@example.org", "password", "password", "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).startsWith("<ul data-invalid-fields=\"password\"").doesNotContain("<form");
    }

    @Test
    void aTakenEmailIs409WithFocusOnTheEmail() {
        PAGES.register = command -> { throw new EmailAlreadyRegisteredException(); };

        Response response = register("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response)).contains("An account with this email already exists")
                .contains("value=\"ann@example.org\" aria-invalid=\"true\" aria-describedby=\"register-errors\" autofocus>");
    }

    @Test
    void aMalformedEmailIs422BeforeAnyUseCase() {
        Response response = register("email", "not an address", "password", PASSWORD, "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).contains("<li>Email is not a valid address</li>").contains("value=\"not an address\"");
    }

    @Test
    void theTypedEmailIsEscapedWhenTheFormComesBack() {
        PAGES.register = command -> { throw new EmailAlreadyRegisteredException(); };
        String hostile = "<script>alert(1)</script>@x.org";

        String page = body(register("email", hostile, "password", PASSWORD, "csrf_token", CSRF));
        String attribute = body(register("email", "\"><img src=x onerror=alert(1)>@x.org", "password", PASSWORD,
                "csrf_token", CSRF));

        assertThat(page).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;@x.org\"")
                .doesNotContain("<script>alert(1)");
        assertThat(attribute).contains("value=\"&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;@x.org\"")
                .doesNotContain("<img src");
    }

    @Test
    void aPostWithoutThePreSessionCsrfTokenIs403() {
        Response response = register("email", "new@example.org", "password", PASSWORD);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response)).contains("Form not accepted").contains("href=\"/register\"");
    }

    @Test
    void whereAddressesMustBeProvenRegistrationGoesOnToTheCodeFormAndTheTokenStaysWithThisBrowser() {
        RegistrationToken token = RegistrationToken.fromRandomBytes(new byte[32]);
        PAGES.register = command -> new Registration.AwaitingProof(token);

        Response response = register("email", "New@Example.org", "password", PASSWORD, "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/login/code");
        assertThat(response.getLocation().getQuery()).isEqualTo("registered&email=new@example.org");
        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).map(Object::toString)
                .contains("__Host-gh_registration=" + token.value() + "; Path=/; Secure; HttpOnly; SameSite=Strict");
    }

    @Test
    void whereAddressesMustBeProvenHtmxIsSentOnToTheCodeFormToo() {
        PAGES.register = command -> new Registration.AwaitingProof(RegistrationToken.fromRandomBytes(new byte[32]));

        Response response = PAGES.withPreSession(PAGES.htmx("/register"))
                .post(form("email", "new@example.org", "password", PASSWORD, "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeaderString("HX-Redirect")).isEqualTo("/login/code?registered&email=new%40example.org");
    }
}
