package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.article.ArticleShelf;
import dev.gatehouse.application.port.in.article.FreeReadsSpentException;
import dev.gatehouse.domain.article.Article;
import dev.gatehouse.domain.article.ArticleId;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.stream.IntStream;
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
        PAGES.articleShelf = session -> shelf(2);
    }

    /** Ten articles, the first {@code read} of them read, of five free. */
    private static ArticleShelf shelf(int read) {
        return new ArticleShelf(IntStream.rangeClosed(1, 10)
                .mapToObj(number -> new ArticleShelf.Entry(new ArticleId(number), "Title <" + number + ">", number <= read))
                .toList(), 5, 5 - read);
    }

    private static String body(Response response) {
        return response.readEntity(String.class);
    }

    @Test
    void showsTheArticleAsASignedInPageThatIsNeverCached() {
        Response response = PAGES.signedIn(PAGES.browser("/articles/2")).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
        assertThat(body(response)).contains("<h1>Why &lt;codes&gt; expire</h1>").contains("Body of 2")
                .contains("3 free reads left in this session, of 5.").contains("<a href=\"/articles\">All articles</a>");
    }

    @Test
    void theIndexListsAllTenWithTheReadOnesMarkedAndTheReadsLeft() {
        String index = body(PAGES.signedIn(PAGES.browser("/articles")).get());

        assertThat(index).contains("<h1>Articles</h1>").contains("3 free reads left in this session, of 5.")
                .contains("<li><a href=\"/articles/1\">Title &lt;1&gt;</a> <small>read</small></li>")
                .contains("<li><a href=\"/articles/10\">Title &lt;10&gt;</a></li>");
    }

    @Test
    void theLastFreeReadSaysNoneAreLeft() {
        PAGES.articleShelf = session -> shelf(5);

        assertThat(body(PAGES.signedIn(PAGES.browser("/articles/5")).get())).contains("No free reads left in this session");
    }

    @Test
    void theDashboardLinksToArticlesWithPlainLinksThatNeedNoScript() {
        String dashboard = body(PAGES.signedIn(PAGES.browser("/dashboard")).get());

        assertThat(dashboard).contains("<a href=\"/articles/1\">").contains("<a href=\"/articles/2\">")
                .contains("<a href=\"/articles\">see all ten</a>");
    }

    @Test
    void spentFreeReadsShowTheSubscribePageWith402() {
        PAGES.readArticle = (session, article) -> { throw new FreeReadsSpentException(5); };
        PAGES.articleShelf = session -> shelf(5);

        Response response = PAGES.signedIn(PAGES.browser("/articles/6")).get();

        assertThat(response.getStatus()).isEqualTo(402);
        String page = body(response);
        assertThat(page).contains("Subscribe to read on").contains("its 5 free articles")
                .contains("this is where a subscription would be sold")
                .contains("<li><a href=\"/articles/3\">Title &lt;3&gt;</a></li>").doesNotContain("/articles/6\">")
                .contains("<form method=\"post\" action=\"/logout\"")
                .contains("name=\"csrf_token\" value=\"" + SESSION_TOKEN.csrfToken() + "\"")
                .contains("Sign out to start a new session");
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
