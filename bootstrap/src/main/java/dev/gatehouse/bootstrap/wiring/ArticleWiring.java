package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.application.port.out.SessionData;
import dev.gatehouse.application.service.article.ReadArticleService;
import dev.gatehouse.bootstrap.config.ArticlesFactory;
import dev.gatehouse.bootstrap.demo.DemoArticles;

/** Wires the metered-article example: per-session state kept through the {@link SessionData} port. */
public final class ArticleWiring {

    private ArticleWiring() {
    }

    public static ReadArticleUseCase wire(ArticlesFactory settings, SessionData sessionData) {
        return new ReadArticleService(new DemoArticles(), sessionData, settings.freeReadsPerSession());
    }
}
