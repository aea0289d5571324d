package dev.gatehouse.web.page;

import dev.gatehouse.application.port.in.session.AccountDisabledException;
import dev.gatehouse.application.port.in.session.EmailUnverifiedException;
import static dev.gatehouse.web.WebFixtures.NEW_PRE_SESSION_TOKEN;
import static dev.gatehouse.web.WebFixtures.PASSWORD;
import static dev.gatehouse.web.WebFixtures.PRE_SESSION_TOKEN;
import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.SetCookies;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.page.view.FormRefusedView;
import dev.gatehouse.web.page.view.LoginView;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class LoginPageTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final String CSRF = PRE_SESSION_TOKEN.csrfToken();

    private Response logIn(String... fields) {
        return PAGES.withPreSession(PAGES.browser("/login")).post(form(fields));
    }

    @Test
    void formHandsAFreshBrowserAPreSessionCookieAndTheCsrfTokenDerivedFromIt() {
        Response response = PAGES.browser("/login").get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("text/html");
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).isEqualTo("__Host-gh_presession="
                + NEW_PRE_SESSION_TOKEN.value() + "; Path=/; Secure; HttpOnly; SameSite=Lax");
        assertThat(body(response))
                .contains("name=\"csrf_token\" value=\"" + NEW_PRE_SESSION_TOKEN.csrfToken() + "\"")
                .doesNotContain(NEW_PRE_SESSION_TOKEN.value());
    }

    @Test
    void formReusesThePreSessionCookieTheBrowserHolds() {
        Response response = PAGES.withPreSession(PAGES.browser("/login")).get();

        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(body(response)).contains("value=\"" + CSRF + "\"");
    }

    @Test
    void formHasLabelledFieldsWithAutocompleteAndStaySignedIn() {
        String page = body(PAGES.browser("/login").get());

        assertThat(page)
                .contains("<label for=\"login-email\">").contains("id=\"login-email\" name=\"email\" type=\"email\" autocomplete=\"email\"")
                .contains("<label for=\"login-password\">").contains("autocomplete=\"current-password\"")
                .contains("name=\"remember_me\"").contains("Stay signed in")
                .contains("hx-post=\"/login\"").contains("hx-target=\"#login-errors\"").contains("action=\"/login\"")
                .doesNotContain("autofocus");
    }

    @Test
    void signsInWithA303ToTheDashboardAndABrowserSessionCookie() {
        AtomicReference<PasswordLoginCommand> received = new AtomicReference<>();
        PAGES.login = command -> {
            received.set(command);
            return WebFixtures.signedIn(ANN, false);
        };

        Response response = PAGES.withPreSession(PAGES.browser("/login")).header(HttpHeaders.USER_AGENT, "Firefox/140")
                .post(form("email", " Ann@Example.org ", "password", PASSWORD, "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/dashboard");
        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).containsExactlyInAnyOrder(
                "__Host-gh_session=" + SESSION_TOKEN.value() + "; Path=/; Secure; HttpOnly; SameSite=Lax",
                "__Host-gh_device=" + WebFixtures.DEVICE.token().value() + "; Path=/; Max-Age=" + 180 * 24 * 3600
                        + "; Secure; HttpOnly; SameSite=Strict");
        assertThat(received.get().email().value()).isEqualTo("ann@example.org");
        assertThat(received.get().rememberMe()).isFalse();
        assertThat(received.get().origin().userAgent()).contains("Firefox/140");
        assertThat(received.get().held()).isEqualTo(HeldTokens.NONE);
    }

    @Test
    void theSessionAndDeviceCookiesTheBrowserHoldsAreHandedOver() {
        AtomicReference<PasswordLoginCommand> received = new AtomicReference<>();
        PAGES.login = command -> {
            received.set(command);
            return WebFixtures.signedIn(ANN, false);
        };

        Response response = PAGES.signedIn(PAGES.withPreSession(PAGES.browser("/login")))
                .cookie("__Host-gh_device", WebFixtures.DEVICE.token().value())
                .post(form("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(received.get().held().session()).contains(SESSION_TOKEN);
        assertThat(received.get().held().device()).contains(WebFixtures.DEVICE.token());
    }

    @Test
    void staySignedInGivesTheCookieTheRememberMeLifetime() {
        PAGES.login = command -> WebFixtures.signedIn(ANN, command.rememberMe());

        Response response = logIn("email", "ann@example.org", "password", PASSWORD, "remember_me", "true",
                "csrf_token", CSRF);

        assertThat(SetCookies.session(response))
                .contains("; Max-Age=" + Duration.ofDays(30).toSeconds() + ";");
    }

    @Test
    void withHtmxSuccessIsAnHxRedirectNotA303() {
        PAGES.login = command -> WebFixtures.signedIn(ANN, false);

        Response response = PAGES.withPreSession(PAGES.htmx("/login"))
                .post(form("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeaderString("HX-Redirect")).isEqualTo("/dashboard");
        assertThat(response.getLocation()).isNull();
        assertThat(SetCookies.session(response)).startsWith("__Host-gh_session=");
    }

    @Test
    void landsOnALocalNextPath() {
        PAGES.login = command -> WebFixtures.signedIn(ANN, false);

        Response response = logIn("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF,
                "next", "/account/sessions?tab=all");

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getPath()).isEqualTo("/account/sessions");
        assertThat(response.getLocation().getQuery()).isEqualTo("tab=all");
        assertThat(response.getLocation().getHost()).isEqualTo("localhost");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.org", "https://evil.org", "/\\evil.org", "\\\\evil.org", "%2F%2Fevil.org",
        "/\t/evil.org", "javascript:alert(1)", "evil.org", "//evil.org/%2F..", " /dashboard"})
    void landsOnTheDashboardWhenNextPointsAnywhereElse(String next) {
        PAGES.login = command -> WebFixtures.signedIn(ANN, false);

        Response plain = logIn("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF, "next", next);
        Response htmx = PAGES.withPreSession(PAGES.htmx("/login"))
                .post(form("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF, "next", next));

        assertThat(plain.getLocation().getHost()).isEqualTo("localhost");
        assertThat(plain.getLocation().getPath()).isEqualTo("/dashboard");
        assertThat(htmx.getHeaderString("HX-Redirect")).isEqualTo("/dashboard");
    }

    /** Unsafe or no URI at all: found before the sign-in, so the session it creates is never followed by a 500. */
    static Stream<String> nextsThatAreNoLocalUri() {
        return Stream.of("/\"", "//evil.example", "/\\evil", "http://x", "/\r\n", "/%", "/%zz", "/<script>",
                "/a|b", "/a[0]", "/" + "a".repeat(LocalPath.MAX_LENGTH));
    }

    @ParameterizedTest
    @MethodSource("nextsThatAreNoLocalUri")
    void aNextThatIsNoLocalUriIsDroppedAtPostAndTheSignInLandsOnTheDashboard(String next) {
        AtomicInteger signIns = new AtomicInteger();
        PAGES.login = command -> {
            signIns.incrementAndGet();
            return WebFixtures.signedIn(ANN, false);
        };

        Response plain = logIn("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF, "next", next);
        Response htmx = PAGES.withPreSession(PAGES.htmx("/login"))
                .post(form("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF, "next", next));

        assertThat(plain.getStatus()).isEqualTo(303);
        assertThat(plain.getLocation().getPath()).isEqualTo("/dashboard");
        assertThat(plain.getLocation().getHost()).isEqualTo("localhost");
        assertThat(SetCookies.session(plain)).startsWith("__Host-gh_session=" + SESSION_TOKEN.value());
        assertThat(htmx.getStatus()).isEqualTo(204);
        assertThat(htmx.getHeaderString("HX-Redirect")).isEqualTo("/dashboard");
        assertThat(SetCookies.session(htmx)).startsWith("__Host-gh_session=" + SESSION_TOKEN.value());
        assertThat(signIns).hasValue(2);
    }

    @ParameterizedTest
    @MethodSource("nextsThatAreNoLocalUri")
    void aRefusedSignInDoesNotCarryANextThatIsNoLocalUriBackIntoTheForm(String next) {
        PAGES.login = command -> {
            throw new InvalidCredentialsException();
        };

        Response response = logIn("email", "ann@example.org", "password", "wrong password here", "csrf_token", CSRF,
                "next", next);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).doesNotContain("name=\"next\"");
    }

    @Test
    void theFormDropsANextThatIsNoUriSuchAsAQuote() {
        Response response = PAGES.browser("/login", "next", "/%22").get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).doesNotContain("name=\"next\"");
    }

    @Test
    void aGoodNextIsCarriedByTheFormAndFollowedWithAndWithoutHtmx() {
        PAGES.login = command -> WebFixtures.signedIn(ANN, false);

        String page = body(PAGES.browser("/login", "next", "/account/sessions?x=1").get());
        Response plain = logIn("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF,
                "next", "/account/sessions?x=1");
        Response htmx = PAGES.withPreSession(PAGES.htmx("/login")).post(form("email", "ann@example.org",
                "password", PASSWORD, "csrf_token", CSRF, "next", "/account/sessions?x=1"));

        assertThat(page).contains("name=\"next\" value=\"/account/sessions?x&#61;1\"");
        assertThat(plain.getStatus()).isEqualTo(303);
        assertThat(plain.getLocation().getRawPath() + "?" + plain.getLocation().getRawQuery())
                .isEqualTo("/account/sessions?x=1");
        assertThat(htmx.getHeaderString("HX-Redirect")).isEqualTo("/account/sessions?x=1");
    }

    /** Whatever the client accepts, a failure on a page is a page; problem documents are for the API. */
    @Test
    void anUnexpectedFailureIsAnHtmlPageEvenForAClientAcceptingAnything() {
        PAGES.login = command -> {
            throw new IllegalStateException("boom");
        };

        Response response = PAGES.withPreSession(PAGES.browser("/login")).header(HttpHeaders.ACCEPT, "*/*")
                .post(form("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).startsWith("text/html");
        assertThat(body(response)).contains("<h1>Something went wrong</h1>").doesNotContain("boom");
    }

    @Test
    void percentEncodedSlashesInTheQueryAreDecodedOnceAndRefused() {
        String page = body(PAGES.browser("/login", "next", "%2F%2Fevil.org").get());
        String encodedTwice = body(PAGES.browser("/login", "next", "%252F%252Fevil.org").get());

        assertThat(page).doesNotContain("name=\"next\"");
        assertThat(encodedTwice).doesNotContain("name=\"next\"");
    }

    @Test
    void formCarriesALocalNextAlongEscaped() {
        String page = body(PAGES.browser("/login", "next", "/account/sessions?a=1&b=2").get());

        assertThat(page).contains("name=\"next\" value=\"/account/sessions?a&#61;1&amp;b&#61;2\"");
    }

    @Test
    void wrongCredentialsRerenderTheFormWith401TheMessageTheEmailAndFocusOnThePassword() {
        PAGES.login = command -> { throw new InvalidCredentialsException(); };

        Response response = logIn("email", "ann@example.org", "password", "wrong", "remember_me", "true",
                "csrf_token", CSRF, "next", "/account/sessions");

        assertThat(response.getStatus()).isEqualTo(401);
        String page = body(response);
        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("<li>Email or password are incorrect</li>")
                .contains("value=\"ann@example.org\"")
                .contains("autocomplete=\"current-password\" required autofocus>")
                .contains("value=\"true\" checked>")
                .contains("name=\"next\" value=\"/account/sessions\"")
                .contains("value=\"" + CSRF + "\"")
                .doesNotContain("wrong\"");
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void withHtmxWrongCredentialsAnswer401WithOnlyTheErrorFragment() {
        PAGES.login = command -> { throw new InvalidCredentialsException(); };

        Response response = PAGES.withPreSession(PAGES.htmx("/login"))
                .post(form("email", "ann@example.org", "password", "wrong", "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getMediaType().toString()).startsWith("text/html");
        assertThat(body(response)).isEqualTo(
                "<ul data-invalid-fields=\"\" data-focus=\"password\"><li>Email or password are incorrect</li></ul>");
    }

    @Test
    void emptyFieldsAre422WithEveryReasonAndFocusOnTheFirst() {
        Response response = logIn("email", "", "password", "", "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).contains("<li>Email is required</li>").contains("<li>Password is required</li>")
                .contains("id=\"login-email\" name=\"email\" type=\"email\" autocomplete=\"email\" required value=\"\" "
                        + "aria-invalid=\"true\" aria-describedby=\"login-errors\" autofocus>");
    }

    @Test
    void throttlingShowsHowLongToWaitWithRetryAfter() {
        PAGES.login = command -> { throw new TooManyAttemptsException(Duration.ofMinutes(15)); };

        Response plain = logIn("email", "ann@example.org", "password", "guess", "csrf_token", CSRF);
        Response htmx = PAGES.withPreSession(PAGES.htmx("/login"))
                .post(form("email", "ann@example.org", "password", "guess", "csrf_token", CSRF));

        assertThat(plain.getStatus()).isEqualTo(429);
        assertThat(plain.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
        assertThat(body(plain)).contains("Too many attempts. Try again in 15 minutes.");
        assertThat(htmx.getStatus()).isEqualTo(429);
        assertThat(body(htmx)).contains("Too many attempts. Try again in 15 minutes.");
    }

    @Test
    void aBusyServiceShowsTheWaitWith503AndRetryAfter() {
        PAGES.login = command -> { throw new CapacityExceededException("password hashing", Duration.ofMillis(2500)); };

        Response response = logIn("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
        assertThat(body(response)).contains("The service is busy. Try again in 3 seconds.");
    }

    @Test
    void aPostWithoutThePreSessionCsrfTokenIs403AndNeverReachesTheLogin() {
        Response noToken = logIn("email", "ann@example.org", "password", PASSWORD);
        Response wrongToken = logIn("email", "ann@example.org", "password", PASSWORD,
                "csrf_token", WebFixtures.OTHER_SESSION_TOKEN.csrfToken());
        Response sessionToken = logIn("email", "ann@example.org", "password", PASSWORD,
                "csrf_token", PRE_SESSION_TOKEN.value());

        for (Response refused : new Response[] {noToken, wrongToken, sessionToken}) {
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getHeaderString(HttpHeaders.SET_COOKIE)).isNull();
            assertThat(body(refused)).contains("<h1>Form not accepted</h1>").contains("href=\"/login\"");
        }
    }

    @Test
    void aPostWithoutThePreSessionCookieIs403EvenWithAToken() {
        Response response = PAGES.browser("/login")
                .post(form("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF));

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void theTokenMayComeAsTheXCsrfTokenHeaderAsForTheApi() {
        PAGES.login = command -> WebFixtures.signedIn(ANN, false);

        Response response = PAGES.withPreSession(PAGES.browser("/login")).header("X-CSRF-Token", CSRF)
                .post(form("email", "ann@example.org", "password", PASSWORD));

        assertThat(response.getStatus()).isEqualTo(303);
    }

    @Test
    void withHtmxACsrfRefusalIs403WithAnErrorFragment() {
        Response response = PAGES.withPreSession(PAGES.htmx("/login"))
                .post(form("email", "ann@example.org", "password", PASSWORD));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response)).startsWith("<ul").contains(FormRefusedView.MESSAGE).doesNotContain("<html");
    }

    @Test
    void registeredNoticeIsShownAfterRegistration() {
        assertThat(body(PAGES.browser("/login", "registered", "").get())).contains(LoginView.REGISTERED_NOTICE);
    }

    @Test
    void aRightPasswordForAnUnconfirmedAddressPointsToTheCodeSignIn() {
        PAGES.login = command -> {
            throw new EmailUnverifiedException();
        };

        Response response = logIn("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response)).contains("your address is not confirmed yet").contains("Sign in with a code instead");
    }

    @Test
    void aRightPasswordForADisabledAccountSaysItIsDisabledWithoutAndWithHtmx() {
        PAGES.login = command -> {
            throw new AccountDisabledException();
        };

        Response plain = logIn("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF);
        Response htmx = PAGES.withPreSession(PAGES.htmx("/login"))
                .post(form("email", "ann@example.org", "password", PASSWORD, "csrf_token", CSRF));

        assertThat(plain.getStatus()).isEqualTo(403);
        assertThat(body(plain)).contains("This account is disabled.").contains("value=\"ann@example.org\"");
        assertThat(htmx.getStatus()).isEqualTo(403);
        assertThat(body(htmx)).startsWith("<ul").contains("This account is disabled.");
    }
}
