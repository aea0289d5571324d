package dev.gatehouse.web.api;

import dev.gatehouse.domain.article.Article;

public record ArticleJson(int id, String title, String body) {

    static ArticleJson of(Article article) {
        return new ArticleJson(article.id().value(), article.title(), article.body());
    }
}
