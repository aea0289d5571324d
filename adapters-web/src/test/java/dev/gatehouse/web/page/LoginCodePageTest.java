package dev.gatehouse.web.page;

import dev.gatehouse.domain.user.RegistrationToken;
import static dev.gatehouse.web.WebFixtures.NEW_PRE_SESSION_TOKEN;
import static dev.gatehouse.web.WebFixtures.PRE_SESSION_TOKEN;
import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.VerifySignInCodeCommand;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.SetCookies;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.page.view.LoginCodeView;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class LoginCodePageTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final String CSRF = PRE_SESSION_TOKEN.csrfToken();

    private final List<RequestCodeCommand> requested = new ArrayList<>();

    @BeforeEach
    void recordRequests() {
        PAGES.requestSignInCode = requested::add;
        PAGES.verifySignInCode = command -> { throw new AssertionError("code verify not expected"); };
    }

    private Response ask(String... fields) {
        return PAGES.withPreSession(PAGES.browser("/login/code")).post(form(fields));
    }

    private Response verify(String... fields) {
        return PAGES.withPreSession(PAGES.browser("/login/code/verify")).post(form(fields));
    }

    @Test
    void formHasALabelledEmailFieldTheTimezoneFieldAndAPreSessionCookie() {
        Response response = PAGES.browser("/login/code").get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).startsWith("__Host-gh_presession=");
        assertThat(body(response))
                .contains("<label for=\"code-email\">")
                .contains("id=\"code-email\" name=\"email\" type=\"email\" autocomplete=\"email\" required value=\"\"")
                .contains("name=\"timezone\" value=\"\" data-timezone")
                .contains("name=\"csrf_token\" value=\"" + NEW_PRE_SESSION_TOKEN.csrfToken() + "\"")
                .contains("action=\"/login/code\"").contains("hx-post=\"/login/code\"")
                .contains("hx-target=\"#code-request-errors\"")
                .contains("<div id=\"code-verify\"></div>")
                .contains(">Send code</button>")
                .doesNotContain("name=\"code\"");
    }

    @Test
    void theMailLinkOpensTheCodeFormForItsAddressWithTheCodeFieldFocused() {
        String page = body(PAGES.browser("/login/code", "email", " Ann@Example.org ").get());

        assertThat(page).contains("name=\"email\" type=\"email\" autocomplete=\"email\" required value=\"ann@example.org\"")
                .contains("<label for=\"code-code\">Code sent to ann@example.org</label>")
                .contains("autocomplete=\"one-time-code\" required autofocus>")
                .contains("data-resend-after=\"0\"").contains(">Send a new code</button>")
                .contains("<a href=\"/login/code\">Use another address</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-address", "ann@example", "a\nb@example.org", "@example.org"})
    void anInvalidEmailInTheQueryIsNotPrefilled(String email) {
        String page = body(PAGES.browser("/login/code", "email", email).get());

        assertThat(page).contains("autocomplete=\"email\" required value=\"\"");
    }

    @Test
    void aPrefilledAddressIsEscaped() {
        String page = body(PAGES.browser("/login/code", "email", "a\"><script>x</script>@example.org").get());

        assertThat(page).doesNotContain("<script>x").contains("&quot;&gt;&lt;script&gt;");
    }

    @Test
    void withoutJavaScriptAskingForACodeShowsTheCodeFormWithTheEmailKept() {
        Response response = ask("email", " Ann@Example.org ", "timezone", "Europe/Zurich", "csrf_token", CSRF,
                "next", "/account/sessions");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(requested).extracting(command -> command.email().value()).containsExactly("ann@example.org");
        assertThat(body(response)).startsWith("<!DOCTYPE html>")
                .contains(LoginCodeView.SENT_NOTICE)
                .contains("<button id=\"code-send\" type=\"submit\" disabled>Code sent</button>")
                .contains("action=\"/login/code/verify\"")
                .contains("<input type=\"hidden\" name=\"email\" value=\"ann@example.org\">")
                .contains("<label for=\"code-code\">")
                .contains("id=\"code-code\" name=\"code\" type=\"text\" inputmode=\"numeric\" pattern=\"[0-9]{6}\" "
                        + "maxlength=\"6\" autocomplete=\"one-time-code\" required autofocus>")
                .contains("<label for=\"code-remember\">").contains("Stay signed in")
                .contains("name=\"timezone\" value=\"Europe/Zurich\"")
                .contains("name=\"next\" value=\"/account/sessions\"")
                .contains("<form method=\"post\" action=\"/login/code\" hx-post=\"/login/code\"")
                .contains("data-resend-after=\"30\"")
                .contains("A new code is sent at the earliest 30 seconds after the last")
                .contains("<a href=\"/login/code\">Use another address</a>");
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswer() {
        Response known = ask("email", "ann@example.org", "csrf_token", CSRF);
        Response unknown = ask("email", "bob@example.org", "csrf_token", CSRF);

        assertThat(known.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(200);
        assertThat(body(known).replace("ann@example.org", "X")).isEqualTo(body(unknown).replace("bob@example.org", "X"));
    }

    @Test
    void withHtmxAskingForACodeAnswersOutOfBandSwapsForTheButtonAndTheCodeForm() {
        Response response = PAGES.withPreSession(PAGES.htmx("/login/code"))
                .post(form("email", "ann@example.org", "timezone", "Europe/Zurich", "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(requested).hasSize(1);
        String fragment = body(response);
        assertThat(fragment).doesNotContain("<!DOCTYPE").doesNotContain("<h1>")
                .startsWith("<p role=\"status\" data-focus-id=\"code-code\">" + LoginCodeView.SENT_NOTICE + "</p>")
                .contains("<button id=\"code-send\" type=\"submit\" disabled hx-swap-oob=\"true\">Code sent</button>")
                .contains("<div id=\"code-verify\" hx-swap-oob=\"true\"><form method=\"post\" action=\"/login/code/verify\"")
                .contains("<input type=\"hidden\" name=\"email\" value=\"ann@example.org\">")
                .contains("name=\"csrf_token\" value=\"" + CSRF + "\"")
                .contains("autocomplete=\"one-time-code\"");
    }

    @Test
    void anInvalidAddressIs422WithTheMessageAndTheTypedValueEscaped() {
        Response response = ask("email", "<b>nope", "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(requested).isEmpty();
        assertThat(body(response)).contains("<li>Email is not a valid address</li>")
                .contains("value=\"&lt;b&gt;nope\" aria-invalid=\"true\" aria-describedby=\"code-request-errors\" autofocus>")
                .doesNotContain("<b>nope");
    }

    @Test
    void withHtmxAnInvalidAddressIsOnlyTheErrorFragment() {
        Response response = PAGES.withPreSession(PAGES.htmx("/login/code")).post(form("email", "", "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).isEqualTo(
                "<ul data-invalid-fields=\"email\" data-focus=\"email\"><li>Email is required</li></ul>");
    }

    @Test
    void askingWithoutTheCsrfTokenIsRefused() {
        Response missing = ask("email", "ann@example.org");
        Response noCookie = PAGES.browser("/login/code").post(form("email", "ann@example.org", "csrf_token", CSRF));

        assertThat(missing.getStatus()).isEqualTo(403);
        assertThat(noCookie.getStatus()).isEqualTo(403);
        assertThat(requested).isEmpty();
    }

    @Test
    void verifyingWithoutTheCsrfTokenIsRefusedAndContinueLeadsBackToTheForm() {
        Response response = verify("email", "ann@example.org", "code", "123456", "csrf_token", "forged");
        Response htmx = PAGES.withPreSession(PAGES.htmx("/login/code/verify"))
                .post(form("email", "ann@example.org", "code", "123456"));
        Response back = PAGES.browser("/login/code/verify").get();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response)).contains("<a href=\"/login/code/verify\">Continue</a>");
        assertThat(htmx.getStatus()).isEqualTo(403);
        assertThat(body(htmx)).startsWith("<ul data-invalid-fields=\"\"");
        assertThat(back.getStatus()).isEqualTo(303);
        assertThat(back.getLocation().getPath()).isEqualTo("/login/code");
    }

    @Test
    void theRightCodeSignsInWithA303AndTheSessionCookieLikeAPasswordSignIn() {
        AtomicReference<VerifySignInCodeCommand> received = new AtomicReference<>();
        PAGES.verifySignInCode = command -> {
            received.set(command);
            return WebFixtures.signedIn(ANN, false);
        };

        Response response = PAGES.withPreSession(PAGES.browser("/login/code/verify"))
                .header(HttpHeaders.USER_AGENT, "Firefox/140")
                .post(form("email", "ann@example.org", "code", " 012345 ", "timezone", "Europe/Zurich",
                        "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/dashboard");
        assertThat(SetCookies.session(response))
                .isEqualTo("__Host-gh_session=" + SESSION_TOKEN.value() + "; Path=/; Secure; HttpOnly; SameSite=Lax");
        assertThat(received.get().code().digits()).isEqualTo("012345");
        assertThat(received.get().email().value()).isEqualTo("ann@example.org");
        assertThat(received.get().timezone()).contains(ZoneId.of("Europe/Zurich"));
        assertThat(received.get().rememberMe()).isFalse();
        assertThat(received.get().origin().userAgent()).contains("Firefox/140");
    }

    @Test
    void staySignedInGivesTheCookieTheRememberMeLifetimeAndNextIsFollowed() {
        PAGES.verifySignInCode = command -> WebFixtures.signedIn(ANN, command.rememberMe());

        Response response = verify("email", "ann@example.org", "code", "123456", "remember_me", "true",
                "timezone", "Not/AZone", "csrf_token", CSRF, "next", "/account/sessions");

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/account/sessions");
        assertThat(SetCookies.session(response))
                .contains("; Max-Age=" + Duration.ofDays(30).toSeconds() + ";");
    }

    @Test
    void withHtmxTheRightCodeIsAnHxRedirectAndAForeignNextIsIgnored() {
        PAGES.verifySignInCode = command -> WebFixtures.signedIn(ANN, false);

        Response response = PAGES.withPreSession(PAGES.htmx("/login/code/verify"))
                .post(form("email", "ann@example.org", "code", "123456", "csrf_token", CSRF, "next", "//evil.org"));

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeaderString("HX-Redirect")).isEqualTo("/dashboard");
        assertThat(SetCookies.session(response)).startsWith("__Host-gh_session=");
    }

    @ParameterizedTest
    @MethodSource("dev.gatehouse.web.page.LoginPageTest#nextsThatAreNoLocalUri")
    void aNextThatIsNoLocalUriIsDroppedBeforeTheCodeSignsIn(String next) {
        PAGES.verifySignInCode = command -> WebFixtures.signedIn(ANN, false);

        Response plain = verify("email", "ann@example.org", "code", "123456", "csrf_token", CSRF, "next", next);
        Response htmx = PAGES.withPreSession(PAGES.htmx("/login/code/verify"))
                .post(form("email", "ann@example.org", "code", "123456", "csrf_token", CSRF, "next", next));

        assertThat(plain.getStatus()).isEqualTo(303);
        assertThat(plain.getLocation().getPath()).isEqualTo("/dashboard");
        assertThat(SetCookies.session(plain)).startsWith("__Host-gh_session=" + SESSION_TOKEN.value());
        assertThat(htmx.getStatus()).isEqualTo(204);
        assertThat(htmx.getHeaderString("HX-Redirect")).isEqualTo("/dashboard");
    }

    @Test
    void theFormsCarryOnlyALocalNext() {
        String dropped = body(PAGES.browser("/login/code", "next", "/%22").get());
        String kept = body(PAGES.browser("/login/code", "next", "/account/sessions?x=1").get());
        String codeFormDropped = body(ask("email", "ann@example.org", "csrf_token", CSRF, "next", "/\""));
        String codeFormKept = body(ask("email", "ann@example.org", "csrf_token", CSRF, "next", "/account/sessions?x=1"));

        assertThat(dropped).doesNotContain("name=\"next\"");
        assertThat(codeFormDropped).doesNotContain("name=\"next\"");
        assertThat(kept).contains("name=\"next\" value=\"/account/sessions?x&#61;1\"");
        assertThat(codeFormKept).contains("name=\"next\" value=\"/account/sessions?x&#61;1\"");
    }

    @Test
    void aWrongCodeIs401WithTheMessageInTheCodeFormAndTheEmailKept() {
        PAGES.verifySignInCode = command -> { throw new InvalidCodeException(); };

        Response response = verify("email", "ann@example.org", "code", "999999", "remember_me", "true",
                "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(body(response)).startsWith("<!DOCTYPE html>")
                .contains("<div id=\"code-verify-errors\" data-error-region tabindex=\"-1\" role=\"alert\">"
                        + "<ul data-invalid-fields=\"\" data-focus=\"code\"><li>Invalid or expired code</li></ul></div>")
                .contains("<input type=\"hidden\" name=\"email\" value=\"ann@example.org\">")
                .contains("autocomplete=\"one-time-code\" required autofocus>")
                .contains("value=\"true\" checked>")
                .doesNotContain("999999");
    }

    @Test
    void withHtmxAWrongCodeIsOnlyTheErrorFragment() {
        PAGES.verifySignInCode = command -> { throw new InvalidCodeException(); };

        Response response = PAGES.withPreSession(PAGES.htmx("/login/code/verify"))
                .post(form("email", "ann@example.org", "code", "999999", "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).isEqualTo(
                "<ul data-invalid-fields=\"\" data-focus=\"code\"><li>Invalid or expired code</li></ul>");
    }

    @Test
    void tooManyAttemptsIs429WithTheWait() {
        PAGES.verifySignInCode = command -> { throw new TooManyAttemptsException(Duration.ofMinutes(5)); };

        Response response = verify("email", "ann@example.org", "code", "999999", "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("300");
        assertThat(body(response)).contains("<li>Too many attempts. Try again in 5 minutes.</li>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "12a456", "１２３４５６"})
    void aMalformedCodeIs422WithAFieldMessage(String code) {
        Response response = verify("email", "ann@example.org", "code", code, "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).contains("<ul data-invalid-fields=\"code\" data-focus=\"code\"><li>The code is six digits</li></ul>")
                .contains("aria-invalid=\"true\" aria-describedby=\"code-verify-errors\" autofocus>")
                .contains("<input type=\"hidden\" name=\"email\" value=\"ann@example.org\">");
    }

    @Test
    void theLoginPageLinksToCodeSignInAndPasswordReset() {
        String page = body(PAGES.browser("/login").get());

        assertThat(page).contains("<a href=\"/login/code\">Sign in with a code instead</a>")
                .contains("<a href=\"/password/forgot\">Forgot your password?</a>");
    }

    @Test
    void afterRegisteringTheCodeFormIsOpenForTheAddress() {
        Response plain = PAGES.browser("/login/code", "email", "ann@example.org").get();
        Response response = RESOURCES.target("/login/code").queryParam("registered", "")
                .queryParam("email", "ann@example.org").request().get();

        assertThat(body(plain)).doesNotContain("A code to confirm your address is on its way").contains("Code sent to");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).contains("A code to confirm your address is on its way")
                .contains("Code sent to ann@example.org").contains("name=\"code\"");
    }

    @Test
    void theBrowserThatRegisteredPresentsItsTokenWithTheCodeAndDropsItAfterwards() {
        RegistrationToken token = RegistrationToken.fromRandomBytes(new byte[32]);
        AtomicReference<VerifySignInCodeCommand> received = new AtomicReference<>();
        PAGES.verifySignInCode = command -> {
            received.set(command);
            return WebFixtures.signedIn(ANN, false);
        };

        Response response = PAGES.withPreSession(PAGES.browser("/login/code/verify"))
                .cookie("__Host-gh_registration", token.value())
                .post(form("email", "ann@example.org", "code", "012345", "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(received.get().registration().map(RegistrationToken::value)).contains(token.value());
        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).map(Object::toString)
                .anyMatch(cookie -> cookie.startsWith("__Host-gh_registration=;") && cookie.contains("Max-Age=0"));
    }

    @Test
    void anotherBrowserPresentsNoToken() {
        AtomicReference<VerifySignInCodeCommand> received = new AtomicReference<>();
        PAGES.verifySignInCode = command -> {
            received.set(command);
            return WebFixtures.signedIn(ANN, false);
        };

        PAGES.withPreSession(PAGES.browser("/login/code/verify"))
                .post(form("email", "ann@example.org", "code", "012345", "csrf_token", CSRF));

        assertThat(received.get().registration()).isEmpty();
    }
}
