package dev.gatehouse.application.port.in.article;

import dev.gatehouse.domain.article.ArticleId;
import java.util.List;

/**
 * Every article with whether this session has read it (a read one stays open), and how many new
 * ones it may still read free: what an index of the articles and each article's "free reads left"
 * show.
 */
public record ArticleShelf(List<Entry> articles, int freeReads, int freeReadsLeft) {

    public ArticleShelf {
        articles = List.copyOf(articles);
    }

    public record Entry(ArticleId id, String title, boolean read) {
    }
}
