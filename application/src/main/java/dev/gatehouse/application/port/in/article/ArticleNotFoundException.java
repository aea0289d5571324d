package dev.gatehouse.application.port.in.article;

public final class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException() {
        super("No such article", null, false, false);
    }
}
