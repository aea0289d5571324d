package dev.gatehouse.web.page;

import static dev.gatehouse.web.page.PageExtension.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A failed page request is an HTML page for browsers; the API and non-browser clients keep problem+json. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ErrorPagesTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void anUnknownPageIsANotFoundPageForABrowser() {
        Response response = PAGES.browser("/no/such/page").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)).isTrue();
        assertThat(body(response)).contains("<h1>Page not found</h1>").contains("<a href=\"/\">");
        assertThat(response.getHeaderString("Content-Security-Policy")).contains("default-src 'self'");
    }

    @Test
    void aSignedInPersonGetsTheNotFoundPageWithTheirOwnNavigation() {
        User ann = WebFixtures.user("ann@example.org");
        PAGES.authenticate = (token, origin) -> token.equals(WebFixtures.SESSION_TOKEN)
                ? Optional.of(WebFixtures.authenticated(ann)) : Optional.empty();
        try {
            String signedIn = body(PAGES.signedIn(PAGES.browser("/no/such/page")).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).get());
            String signedOut = body(PAGES.browser("/no/such/page").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).get());
            String unknownArticle = body(PAGES.signedIn(PAGES.browser("/articles/abc")).get());

            assertThat(signedIn).contains("<h1>Page not found</h1>").contains("<a href=\"/account\">Account</a>")
                    .contains("<form method=\"post\" action=\"/logout\"").doesNotContain("<a href=\"/register\">");
            assertThat(unknownArticle).contains("<h1>Page not found</h1>").contains("<a href=\"/account\">Account</a>");
            assertThat(signedOut).contains("<a href=\"/register\">Register</a>").doesNotContain("action=\"/logout\"");
        } finally {
            PAGES.authenticate = (token, origin) -> Optional.empty();
        }
    }

    @Test
    void anUnknownApiPathStaysAProblemDocumentEvenForABrowser() {
        Response response = PAGES.browser("/api/no-such-thing").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
    }

    @Test
    void aClientThatDoesNotAskForHtmlGetsTheProblemDocument() {
        Response response = PAGES.browser("/no/such/page").header(HttpHeaders.ACCEPT, "*/*").get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().toString()).startsWith("application/problem+json");
    }

    @Test
    void anUnexpectedFailureOnAPageIsAnErrorPageWithTheErrorId() {
        PAGES.authenticate = (token, origin) -> {
            throw new IllegalStateException("boom");
        };

        Response response = PAGES.signedIn(PAGES.browser("/dashboard")).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).get();

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body(response)).contains("<h1>Something went wrong</h1>").contains("quote error id")
                .doesNotContain("boom");
    }

    @Test
    void anOverloadedServiceIsATemporarilyUnavailablePageWithRetryAfter() {
        PAGES.authenticate = (token, origin) -> {
            throw new CapacityExceededException("database", Duration.ofSeconds(7));
        };

        Response response = PAGES.signedIn(PAGES.browser("/dashboard")).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).get();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(body(response)).contains("<h1>Temporarily unavailable</h1>");
    }

    @Test
    void htmxGetsTheMessageAsAFragment() {
        PAGES.authenticate = (token, origin) -> {
            throw new CapacityExceededException("database", Duration.ofSeconds(7));
        };

        Response response = PAGES.signedIn(PAGES.htmx("/dashboard")).get();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(body(response)).contains("try again").doesNotContain("<html");
    }
}
