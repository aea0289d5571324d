package dev.gatehouse.bootstrap.demo;

import dev.gatehouse.application.port.out.ArticleCatalog;
import dev.gatehouse.domain.article.Article;
import dev.gatehouse.domain.article.ArticleId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The ten demo articles of the metered-article example, held in memory: they are sample content, not
 * data anyone owns, so they have no table and no place in a storage adapter; the application that
 * serves them holds them. A product would put its own catalog behind the same port.
 */
public final class DemoArticles implements ArticleCatalog {

    private static final List<String> TOPICS = List.of("Passphrases beat passwords", "Why codes expire",
            "Sessions on the server", "What a CSRF token is for", "Throttling without lockouts",
            "Hashing with Argon2id", "Cookies with a __Host- prefix", "Signing out everywhere",
            "Hexagons and ports", "Reading the audit trail");

    private final List<Article> articles = IntStream.rangeClosed(1, TOPICS.size())
            .mapToObj(number -> new Article(new ArticleId(number), TOPICS.get(number - 1),
                    "Demo article " + number + " of " + TOPICS.size() + ": " + TOPICS.get(number - 1).toLowerCase()
                            + ". Each session reads a few articles free; the count lives in the session's own data."))
            .toList();

    @Override
    public List<Article> all() {
        return articles;
    }

    @Override
    public Optional<Article> find(ArticleId id) {
        return id.value() <= articles.size() ? Optional.of(articles.get(id.value() - 1)) : Optional.empty();
    }
}
