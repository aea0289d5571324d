package dev.gatehouse.web.page.view;

import dev.gatehouse.application.port.in.article.ArticleShelf;
import dev.gatehouse.domain.article.Article;

/** One article, with how many new ones this session may still read free. */
public final class ArticleView extends PageView {

    private final Article article;
    private final ArticleShelf shelf;

    public ArticleView(Layout layout, Article article, ArticleShelf shelf) {
        super("article.mustache", article.title(), layout);
        this.article = article;
        this.shelf = shelf;
    }

    public String heading() {
        return article.title();
    }

    public String body() {
        return article.body();
    }

    public String freeReadsLeft() {
        return FreeReads.left(shelf);
    }
}
