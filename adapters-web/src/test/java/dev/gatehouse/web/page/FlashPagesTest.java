package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.page.view.Flash;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The message after an action: named by a key in the redirect, shown from a fixed table in one status region. */
@ExtendWith(DropwizardExtensionsSupport.class)
class FlashPagesTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final Authenticated ANN_SIGNED_IN = WebFixtures.authenticated(ANN);
    private static final String CSRF = SESSION_TOKEN.csrfToken();

    @BeforeEach
    void annIsSignedIn() {
        PAGES.authenticate = (token, origin) -> token.equals(SESSION_TOKEN) ? Optional.of(ANN_SIGNED_IN) : Optional.empty();
    }

    @ParameterizedTest
    @EnumSource(Flash.class)
    void everyKeyShowsItsFixedMessageInTheStatusRegionOfAnyPage(Flash flash) {
        String signedOut = body(PAGES.browser("/login", "done", flash.key()).get());
        String signedIn = body(PAGES.signedIn(PAGES.browser("/dashboard", "done", flash.key())).get());

        String region = "<div id=\"flash\" role=\"status\" tabindex=\"-1\"><p data-flash=\"" + flash.key() + "\">"
                + flash.text() + "</p></div>";
        assertThat(signedOut).contains(region);
        assertThat(signedIn).contains(region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SIGNED-OUT", "<script>alert(1)</script>", "Your account was hacked, call 555"})
    void anythingButAKeyShowsAnEmptyRegionAndNeverTheTextItself(String key) {
        String page = body(PAGES.browser("/login", "done", key).get());

        assertThat(page).contains("<div id=\"flash\" role=\"status\" tabindex=\"-1\"></div>");
        assertThat(page).doesNotContain("call 555").doesNotContain("<script>alert");
    }

    @Test
    void keysAreUniqueAndSafeInAQueryString() {
        assertThat(Flash.values()).extracting(Flash::key).doesNotHaveDuplicates()
                .allMatch(key -> key.matches("[a-z-]+"));
    }

    @Test
    void signingOutLeadsToTheSignInPageSayingSo() {
        PAGES.logOut = (session, actor) -> { };

        Response plain = PAGES.signedIn(PAGES.browser("/logout")).post(form("csrf_token", CSRF));
        Response htmx = PAGES.signedIn(PAGES.htmx("/logout")).post(form("csrf_token", CSRF));

        assertThat(plain.getLocation().getRawQuery()).isEqualTo("done=signed-out");
        assertThat(htmx.getHeaderString(Htmx.REDIRECT)).isEqualTo("/login?done=signed-out");
    }

    @Test
    void aChangedPasswordIsSaidOnTheSessionsPage() {
        PAGES.changePassword = command -> { };
        Response changed = PAGES.signedIn(PAGES.browser("/account/password"))
                .post(form("csrf_token", CSRF, "current_password", "old one", "new_password", "the new long one"));

        assertThat(changed.getLocation().getRawQuery()).isEqualTo("done=password-changed");
    }
}
