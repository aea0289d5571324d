package dev.gatehouse.application.service.article;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.article.ArticleNotFoundException;
import dev.gatehouse.application.port.in.article.FreeReadsSpentException;
import dev.gatehouse.application.testing.InMemorySessionData;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.domain.article.Article;
import dev.gatehouse.domain.article.ArticleId;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.User;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadArticleServiceTest {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);
    private final InMemorySessionData data = new InMemorySessionData(sessions);
    private final ReadArticleService service = new ReadArticleService(
            id -> id.value() <= 10 ? Optional.of(new Article(id, "Title " + id, "Body " + id)) : Optional.empty(), data, 3);

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
        assertThatThrownBy(() -> new ReadArticleService(id -> Optional.empty(), data, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
