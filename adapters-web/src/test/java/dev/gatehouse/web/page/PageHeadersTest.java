package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every page shares: the layout, its assets, the security headers, and no inline code. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PageHeadersTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE = Pattern.compile("<style|\\sstyle=", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE);

    private Response page(String path) {
        PAGES.authenticate = (token, origin) -> Optional.of(WebFixtures.authenticated(ANN));
        PAGES.listOwnSessions = asking -> List.of(WebFixtures.own(asking.session(), true));
        return PAGES.signedIn(PAGES.browser(path)).get();
    }

    @Test
    void homeLinksToSignInAndRegister() {
        Response response = PAGES.browser("/").get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response)).contains("<a href=\"/login\">Sign in</a>").contains("<a href=\"/register\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/register", "/dashboard", "/account/sessions"})
    void everyPageSendsTheSecurityHeadersAndACspWithoutUnsafeInline(String path) {
        Response response = page(path);

        assertThat(response.getStatus()).isEqualTo(200);
        String csp = response.getHeaderString("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("style-src 'self'")
                .contains("frame-ancestors 'none'").contains("form-action 'self'").contains("base-uri 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaderString("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeaderString("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/register", "/dashboard", "/account/sessions"})
    void noPageHasInlineScriptsStylesOrEventHandlers(String path) {
        String page = body(page(path));

        assertThat(INLINE_SCRIPT.matcher(page).find()).as("inline <script>").isFalse();
        assertThat(INLINE_STYLE.matcher(page).find()).as("inline style").isFalse();
        assertThat(EVENT_HANDLER.matcher(page).find()).as("on* handler").isFalse();
    }

    @Test
    void theLayoutLoadsPinnedAssetsFromTheAppItselfAndConfiguresHtmxForTheCsp() {
        String page = body(PAGES.browser("/").get());

        assertThat(page)
                .contains("<script src=\"/webjars/htmx.org/2.0.7/dist/htmx.min.js\" defer></script>")
                .contains("<link rel=\"stylesheet\" href=\"/webjars/picocss__pico/2.1.1/css/pico.classless.min.css\">")
                .contains("<script src=\"/static/gatehouse.js\" defer></script>")
                .contains("\"includeIndicatorStyles\":false").contains("\"allowEval\":false")
                .contains("{\"code\":\"4..\",\"swap\":true}")
                .doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void theAssetsTheLayoutNamesAreOnTheClasspath() {
        PageAssets assets = PageAssets.fromClasspath();

        for (String webjarFile : List.of(assets.picoStylesheet(), assets.htmxScript())) {
            assertThat(getClass().getResource("/META-INF/resources" + webjarFile)).as(webjarFile).isNotNull();
        }
        for (String ownFile : List.of(assets.ownScript(), assets.ownStylesheet())) {
            String resource = PageAssets.STATIC_RESOURCES + ownFile.substring("/static".length());
            assertThat(getClass().getResource(resource)).as(ownFile).isNotNull();
        }
    }

    @Test
    void theApiKeepsItsOwnStrictCspAndItsProblemDocuments() {
        Response anonymous = PAGES.browser("/api/users/me").get();
        Response byCookie = PAGES.browser("/api/users/me")
                .cookie(PAGES.sessionCookie.name(), SESSION_TOKEN.value() + "x").get();

        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(anonymous.getHeaderString("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(byCookie.getStatus()).isEqualTo(401);
    }
}
