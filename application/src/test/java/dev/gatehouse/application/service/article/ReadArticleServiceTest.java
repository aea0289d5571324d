package dev.gatehouse.application.service.article;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.article.ArticleNotFoundException;
import dev.gatehouse.application.port.in.article.ArticleShelf;
import dev.gatehouse.application.port.in.article.FreeReadsSpentException;
import dev.gatehouse.application.port.out.ArticleCatalog;
import dev.gatehouse.application.testing.InMemorySessionData;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.domain.article.Article;
import dev.gatehouse.domain.article.ArticleId;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadArticleServiceTest {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);
    private final InMemorySessionData data = new InMemorySessionData(sessions);
    private final ReadArticleService service = new ReadArticleService(new TenArticles(), data, 3);

    private static final class TenArticles implements ArticleCatalog {

        @Override
        public Optional<Article> find(ArticleId id) {
            return id.value() <= 10 ? Optional.of(new Article(id, "Title " + id, "Body " + id)) : Optional.empty();
        }

        @Override
        public List<Article> all() {
            return IntStream.rangeClosed(1, 10).mapToObj(number -> find(new ArticleId(number)).orElseThrow()).toList();
        }
    }

    private SessionId session() {
        User user = aUser().build();
        users.add(user);
        Session session = aSession().of(user).withId(new SessionId(UUID.randomUUID())).build();
        sessions.add(session);
        return session.id();
    }

    private Article read(SessionId session, int id) {
        return service.read(session, new ArticleId(id));
    }

    @Test
    void theFreeReadsOfASessionOpenArticlesAndTheNextNewOneIsRefused() {
        SessionId session = session();

        assertThat(read(session, 1).title()).isEqualTo("Title 1");
        read(session, 2);
        read(session, 3);

        assertThatThrownBy(() -> read(session, 4)).isInstanceOfSatisfying(FreeReadsSpentException.class,
                spent -> assertThat(spent.freeReads()).isEqualTo(3));
        assertThat(read(session, 2).id()).as("read before, still open").isEqualTo(new ArticleId(2));
    }

    @Test
    void theShelfListsEveryArticleWithWhatThisSessionReadAndHasLeftWithoutCounting() {
        SessionId session = session();
        read(session, 4);

        ArticleShelf shelf = service.shelf(session);
        ArticleShelf again = service.shelf(session);

        assertThat(shelf.articles()).hasSize(10).extracting(ArticleShelf.Entry::title).startsWith("Title 1", "Title 2");
        assertThat(shelf.articles()).filteredOn(ArticleShelf.Entry::read).extracting(ArticleShelf.Entry::id)
                .containsExactly(new ArticleId(4));
        assertThat(shelf.freeReads()).isEqualTo(3);
        assertThat(shelf.freeReadsLeft()).isEqualTo(2);
        assertThat(again.freeReadsLeft()).as("looking counts nothing").isEqualTo(2);
        read(session, 5);
        read(session, 6);
        assertThat(service.shelf(session).freeReadsLeft()).isZero();
        assertThat(service.shelf(session()).freeReadsLeft()).as("a new session starts afresh").isEqualTo(3);
    }

    @Test
    void readingTheSameArticleAgainCostsNothing() {
        SessionId session = session();
        for (int i = 0; i < 5; i++) {
            read(session, 7);
        }

        read(session, 8);
        read(session, 9);
        assertThatThrownBy(() -> read(session, 10)).isInstanceOf(FreeReadsSpentException.class);
    }

    @Test
    void eachSessionHasItsOwnAllowance() {
        SessionId first = session();
        read(first, 1);
        read(first, 2);
        read(first, 3);

        assertThat(read(session(), 4).id()).isEqualTo(new ArticleId(4));
    }

    @Test
    void anArticleThatDoesNotExistIsNotFoundAndCostsNothing() {
        SessionId session = session();

        assertThatThrownBy(() -> read(session, 11)).isInstanceOf(ArticleNotFoundException.class);
        read(session, 1);
        read(session, 2);
        assertThat(read(session, 3)).isNotNull();
    }

    @Test
    void refusesAnAllowanceOutOfRange() {
        assertThatThrownBy(() -> new ReadArticleService(new TenArticles(), data, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
