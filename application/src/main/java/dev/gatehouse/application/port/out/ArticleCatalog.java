package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.article.Article;
import dev.gatehouse.domain.article.ArticleId;
import java.util.List;
import java.util.Optional;

/** Where articles come from. */
public interface ArticleCatalog {

    Optional<Article> find(ArticleId id);

    /** Every article, in the order an index lists them. */
    List<Article> all();
}
