package dev.gatehouse.web.page.view;

import dev.gatehouse.domain.article.Article;

public final class ArticleView extends PageView {

    private final Article article;

    public ArticleView(Layout layout, Article article) {
        super("article.mustache", article.title(), layout);
        this.article = article;
    }

    public String heading() {
        return article.title();
    }

    public String body() {
        return article.body();
    }
}
