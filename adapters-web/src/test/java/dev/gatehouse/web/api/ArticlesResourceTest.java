package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.article.ArticleNotFoundException;
import dev.gatehouse.application.port.in.article.FreeReadsSpentException;
import dev.gatehouse.domain.article.Article;
import dev.gatehouse.domain.article.ArticleId;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ArticlesResourceTest {

    private static final ApiExtension API = new ApiExtension();
    private static final ResourceExtension RESOURCES = API.build();
    private static final User ANN = WebFixtures.user("ann@example.org");

    private final List<String> reads = new ArrayList<>();

    @BeforeEach
    void annReadsInHerSession() {
        API.authenticate = (token, origin) -> token.equals(WebFixtures.SESSION_TOKEN)
                ? Optional.of(WebFixtures.authenticated(ANN)) : Optional.empty();
        API.readArticle = (session, article) -> {
            reads.add(session + " " + article);
            return new Article(article, "Title " + article, "Body " + article);
        };
    }

    private static Response get(String path) {
        return RESOURCES.target(path).request().header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.SESSION_TOKEN.value()).get();
    }

    @Test
    void answersTheArticleAndCountsItInTheRequestsSession() {
        Response response = get("/api/articles/3");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(WebFixtures.json(response)).isEqualTo(Map.of("id", 3, "title", "Title 3", "body", "Body 3"));
        SessionId session = WebFixtures.authenticated(ANN).session().id();
        assertThat(reads).containsExactly(session + " 3");
    }

    @Test
    void spentFreeReadsAre402ProblemSayingHowManyThereWere() {
        API.readArticle = (session, article) -> { throw new FreeReadsSpentException(5); };

        Response response = get("/api/articles/6");

        assertThat(response.getStatus()).isEqualTo(402);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        Map<String, Object> problem = WebFixtures.json(response);
        assertThat(problem).containsEntry("type", "urn:gatehouse:problem:free-reads-spent").containsEntry("status", 402);
        assertThat((String) problem.get("detail")).contains("5 free articles");
    }

    @Test
    void anUnknownOrMalformedIdIs404AndNothingIsCounted() {
        API.readArticle = (session, article) -> {
            if (article.equals(new ArticleId(11))) {
                throw new ArticleNotFoundException();
            }
            throw new AssertionError("not reached for " + article);
        };

        for (String id : List.of("11", "abc", "0", "-1", "1.5", "99999999999")) {
            assertThat(get("/api/articles/" + id).getStatus()).as(id).isEqualTo(404);
        }
    }

    @Test
    void anonymousIs401() {
        assertThat(RESOURCES.target("/api/articles/1").request().get().getStatus()).isEqualTo(401);
        assertThat(reads).isEmpty();
    }
}
