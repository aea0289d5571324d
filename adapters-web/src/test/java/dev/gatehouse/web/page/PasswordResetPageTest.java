package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.PASSWORD;
import static dev.gatehouse.web.WebFixtures.PRE_SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.ConfirmPasswordResetCommand;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.password.PasswordViolation;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class PasswordResetPageTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final String CSRF = PRE_SESSION_TOKEN.csrfToken();

    private final List<RequestCodeCommand> requested = new ArrayList<>();

    @BeforeEach
    void recordRequests() {
        PAGES.requestPasswordReset = requested::add;
        PAGES.confirmPasswordReset = command -> { throw new AssertionError("reset confirm not expected"); };
    }

    private Response forgot(String... fields) {
        return PAGES.withPreSession(PAGES.browser("/password/forgot")).post(form(fields));
    }

    private Response reset(String... fields) {
        return PAGES.withPreSession(PAGES.browser("/password/reset")).post(form(fields));
    }

    @Test
    void forgotFormHasALabelledEmailFieldAndAPreSessionCookie() {
        Response response = PAGES.browser("/password/forgot").get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).startsWith("__Host-gh_presession=");
        assertThat(body(response)).contains("<label for=\"forgot-email\">")
                .contains("id=\"forgot-email\" name=\"email\" type=\"email\" autocomplete=\"email\" required value=\"\"")
                .contains("action=\"/password/forgot\"").contains("hx-post=\"/password/forgot\"")
                .contains("<div id=\"reset-form\"></div>")
                .doesNotContain("name=\"code\"");
    }

    @Test
    void withoutJavaScriptAskingShowsTheSameNoticeAndTheResetFormForAnyAddress() {
        Response known = forgot("email", "Ann@Example.org", "csrf_token", CSRF);
        Response unknown = forgot("email", "bob@example.org", "csrf_token", CSRF);

        assertThat(known.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(200);
        String page = body(known);
        assertThat(page.replace("ann@example.org", "X")).isEqualTo(body(unknown).replace("bob@example.org", "X"));
        assertThat(page).contains("If the address has an account, a code is on its way.")
                .contains("<button id=\"forgot-send\" type=\"submit\" disabled>Code sent</button>")
                .contains("action=\"/password/reset\"")
                .contains("<input type=\"hidden\" name=\"email\" value=\"ann@example.org\">")
                .contains("<label for=\"reset-code\">")
                .contains("inputmode=\"numeric\" pattern=\"[0-9]{6}\" maxlength=\"6\" autocomplete=\"one-time-code\" required autofocus>")
                .contains("<label for=\"reset-password\">")
                .contains("id=\"reset-password\" name=\"password\" type=\"password\" autocomplete=\"new-password\"");
        assertThat(requested).extracting(command -> command.email().value())
                .containsExactly("ann@example.org", "bob@example.org");
    }

    @Test
    void withHtmxAskingAnswersOutOfBandSwaps() {
        Response response = PAGES.withPreSession(PAGES.htmx("/password/forgot"))
                .post(form("email", "ann@example.org", "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).doesNotContain("<!DOCTYPE")
                .startsWith("<p role=\"status\" data-focus-id=\"reset-code\">If the address has an account, a code is on its way.</p>")
                .contains("<button id=\"forgot-send\" type=\"submit\" disabled hx-swap-oob=\"true\">Code sent</button>")
                .contains("<div id=\"reset-form\" hx-swap-oob=\"true\"><form method=\"post\" action=\"/password/reset\"")
                .contains("<input type=\"hidden\" name=\"email\" value=\"ann@example.org\">")
                .contains("name=\"csrf_token\" value=\"" + CSRF + "\"");
    }

    @Test
    void anInvalidAddressIs422AndNothingIsRequested() {
        Response plain = forgot("email", "nope", "csrf_token", CSRF);
        Response htmx = PAGES.withPreSession(PAGES.htmx("/password/forgot")).post(form("email", "", "csrf_token", CSRF));

        assertThat(plain.getStatus()).isEqualTo(422);
        assertThat(body(plain)).contains("<li>Email is not a valid address</li>").contains("value=\"nope\" aria-invalid=\"true\"");
        assertThat(htmx.getStatus()).isEqualTo(422);
        assertThat(body(htmx)).isEqualTo("<ul data-invalid-fields=\"email\" data-focus=\"email\"><li>Email is required</li></ul>");
        assertThat(requested).isEmpty();
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() {
        assertThat(forgot("email", "ann@example.org").getStatus()).isEqualTo(403);
        assertThat(reset("email", "ann@example.org", "code", "123456", "password", PASSWORD, "csrf_token", "forged")
                .getStatus()).isEqualTo(403);
        assertThat(requested).isEmpty();
    }

    @Test
    void aMailLinkOpensTheResetFormForItsAddress() {
        Response response = PAGES.browser("/password/reset", "email", "ann@example.org").get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).contains("action=\"/password/reset\"")
                .contains("<input type=\"hidden\" name=\"email\" value=\"ann@example.org\">")
                .contains("Code sent to ann@example.org")
                .doesNotContain("a code is on its way")
                .contains("<form method=\"post\" action=\"/password/forgot\" hx-post=\"/password/forgot\"")
                .contains("data-resend-after=\"0\"").contains(">Send a new code</button>")
                .contains("<a href=\"/password/forgot\">Use another address</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nope", "<script>@x"})
    void aResetLinkWithoutAValidAddressShowsTheAddressForm(String email) {
        String page = body(PAGES.browser("/password/reset", "email", email).get());

        assertThat(page).contains("<div id=\"reset-form\"></div>").contains("autocomplete=\"email\" required value=\"\"")
                .doesNotContain("<script>@");
    }

    @Test
    void aValidButOddAddressInTheLinkIsEscaped() {
        String page = body(PAGES.browser("/password/reset", "email", "a\"><img>@example.org").get());

        assertThat(page).doesNotContain("<img>").contains("a&quot;&gt;&lt;img&gt;@example.org");
    }

    @Test
    void aGoodResetIsA303ToSignInAndTheLoginPageSaysSo() {
        AtomicReference<ConfirmPasswordResetCommand> received = new AtomicReference<>();
        PAGES.confirmPasswordReset = received::set;

        Response response = reset("email", "ann@example.org", "code", "012345", "password", PASSWORD,
                "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/login");
        assertThat(response.getLocation().getQuery()).isEqualTo("done=password-reset");
        assertThat(received.get().code().digits()).isEqualTo("012345");
        assertThat(received.get().newPassword().value()).isEqualTo(PASSWORD);
        assertThat(body(PAGES.browser("/login", "done", "password-reset").get()))
                .contains("<p data-flash=\"password-reset\">Password changed; sign in with your new password.</p>");
    }

    @Test
    void withHtmxAGoodResetIsAnHxRedirect() {
        PAGES.confirmPasswordReset = command -> { };

        Response response = PAGES.withPreSession(PAGES.htmx("/password/reset"))
                .post(form("email", "ann@example.org", "code", "012345", "password", PASSWORD, "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeaderString("HX-Redirect")).isEqualTo("/login?done=password-reset");
    }

    @Test
    void aWrongCodeIs401WithTheEmailKeptAndNoPasswordEchoed() {
        PAGES.confirmPasswordReset = command -> { throw new InvalidCodeException(); };

        Response response = reset("email", "ann@example.org", "code", "999999", "password", PASSWORD,
                "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).contains("<li>Invalid or expired code</li>")
                .contains("<input type=\"hidden\" name=\"email\" value=\"ann@example.org\">")
                .doesNotContain(PASSWORD).doesNotContain("999999");
    }

    @Test
    void policyReasonsAreListed422() {
        PAGES.confirmPasswordReset = command -> {
            throw new PasswordRejectedException(List.of(
                    new PasswordViolation(PasswordViolation.Kind.TOO_SHORT, "Password must be at least 12 characters"),
                    new PasswordViolation(PasswordViolation.Kind.COMMON, "Password is too common")));
        };

        Response plain = reset("email", "ann@example.org", "code", "123456", "password", "short", "csrf_token", CSRF);
        Response htmx = PAGES.withPreSession(PAGES.htmx("/password/reset"))
                .post(form("email", "ann@example.org", "code", "123456", "password", "short", "csrf_token", CSRF));

        assertThat(plain.getStatus()).isEqualTo(422);
        assertThat(body(plain)).contains("<li>Password must be at least 12 characters</li><li>Password is too common</li>")
                .contains("autocomplete=\"new-password\" required aria-describedby=\"reset-password-hint reset-errors\" "
                        + "aria-invalid=\"true\" autofocus>");
        assertThat(htmx.getStatus()).isEqualTo(422);
        assertThat(body(htmx)).isEqualTo("<ul data-invalid-fields=\"password\" data-focus=\"password\">"
                + "<li>Password must be at least 12 characters</li><li>Password is too common</li></ul>");
    }

    @Test
    void throttlingIs429WithRetryAfter() {
        PAGES.confirmPasswordReset = command -> { throw new TooManyAttemptsException(Duration.ofSeconds(30)); };

        Response response = reset("email", "ann@example.org", "code", "123456", "password", PASSWORD,
                "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(body(response)).contains("<li>Too many attempts. Try again in 30 seconds.</li>");
    }

    @Test
    void missingFieldsAre422WithEveryReason() {
        Response response = reset("email", "ann@example.org", "code", "12", "password", "", "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).contains("<li>The code is six digits</li>").contains("<li>Password is required</li>");
    }
}
