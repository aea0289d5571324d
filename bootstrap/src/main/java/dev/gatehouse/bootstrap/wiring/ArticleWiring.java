package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.in.article.ArticleShelfUseCase;
import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.application.port.out.SessionData;
import dev.gatehouse.application.service.article.ReadArticleService;
import dev.gatehouse.bootstrap.config.ArticlesFactory;
import dev.gatehouse.bootstrap.demo.DemoArticles;

/** Wires the metered-article example: per-session state kept through the {@link SessionData} port. */
public final class ArticleWiring {

    /** Reading an article (counted) and the index of them all with what is left (not counted). */
    public record ArticleUseCases(ReadArticleUseCase read, ArticleShelfUseCase shelf) {
    }

    private ArticleWiring() {
    }

    public static ArticleUseCases wire(ArticlesFactory settings, SessionData sessionData) {
        ReadArticleService articles = new ReadArticleService(new DemoArticles(), sessionData, settings.freeReadsPerSession());
        return new ArticleUseCases(articles, articles);
    }
}
