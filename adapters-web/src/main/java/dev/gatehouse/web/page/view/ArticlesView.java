package dev.gatehouse.web.page.view;

import dev.gatehouse.application.port.in.article.ArticleShelf;
import java.util.List;

/** Every demo article, marked when this session has read it, with the free reads it has left. */
public final class ArticlesView extends PageView {

    private final ArticleShelf shelf;

    public ArticlesView(Layout layout, ArticleShelf shelf) {
        super("articles.mustache", "Articles", layout);
        this.shelf = shelf;
    }

    public List<ArticleShelf.Entry> articles() {
        return shelf.articles();
    }

    public String freeReadsLeft() {
        return FreeReads.left(shelf);
    }
}
