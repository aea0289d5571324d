package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.article.FreeReadsSpentException;
import dev.gatehouse.domain.article.Article;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ArticlesPageTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final User ANN = WebFixtures.user("ann@example.org");

    @BeforeEach
    void annIsSignedIn() {
        PAGES.authenticate = (token, origin) -> token.equals(SESSION_TOKEN)
                ? Optional.of(WebFixtures.authenticated(ANN)) : Optional.empty();
        PAGES.readArticle = (session, article) -> new Article(article, "Why <codes> expire", "Body of " + article);
    }

    private static String body(Response response) {
        return response.readEntity(String.class);
    }

    @Test
    void showsTheArticleAsASignedInPageThatIsNeverCached() {
        Response response = PAGES.signedIn(PAGES.browser("/articles/2")).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
        assertThat(body(response)).contains("<h1>Why &lt;codes&gt; expire</h1>").contains("Body of 2");
    }

    @Test
    void theDashboardLinksToArticlesWithPlainLinksThatNeedNoScript() {
        String dashboard = body(PAGES.signedIn(PAGES.browser("/dashboard")).get());

        assertThat(dashboard).contains("<a href=\"/articles/1\">").contains("<a href=\"/articles/2\">");
    }

    @Test
    void spentFreeReadsShowTheSubscribePageWith402() {
        PAGES.readArticle = (session, article) -> { throw new FreeReadsSpentException(5); };

        Response response = PAGES.signedIn(PAGES.browser("/articles/6")).get();

        assertThat(response.getStatus()).isEqualTo(402);
        assertThat(body(response)).contains("Subscribe to read on").contains("its 5 free articles");
    }

    @Test
    void anonymousVisitorsAreSentToSignInWithTheirWayBack() {
        Response response = PAGES.browser("/articles/2").get();

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().getRawQuery()).isEqualTo("next=%2Farticles%2F2");
    }

    @Test
    void anIdThatIsNoArticleIsTheNotFoundPage() {
        Response response = PAGES.signedIn(PAGES.browser("/articles/abc")).get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().toString()).startsWith("text/html");
    }
}
