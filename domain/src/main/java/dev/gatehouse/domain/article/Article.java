package dev.gatehouse.domain.article;

import java.util.Objects;

public record Article(ArticleId id, String title, String body) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
