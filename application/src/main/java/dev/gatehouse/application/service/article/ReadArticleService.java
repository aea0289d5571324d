package dev.gatehouse.application.service.article;

import dev.gatehouse.application.port.in.article.ArticleNotFoundException;
import dev.gatehouse.application.port.in.article.ArticleShelf;
import dev.gatehouse.application.port.in.article.ArticleShelfUseCase;
import dev.gatehouse.application.port.in.article.FreeReadsSpentException;
import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.application.port.out.ArticleCatalog;
import dev.gatehouse.application.port.out.SessionData;
import dev.gatehouse.domain.article.Article;
import dev.gatehouse.domain.article.ArticleId;
import dev.gatehouse.domain.article.ReadingMeter;
import dev.gatehouse.domain.session.SessionId;

/**
 * Counts reads in the session's own data ({@link SessionData}), as one atomic update, so parallel
 * requests cannot read past the allowance. The meter decides; whether the article is among those
 * read afterwards is the answer.
 */
public final class ReadArticleService implements ReadArticleUseCase, ArticleShelfUseCase {

    static final String METER = "articles.read";

    private final ArticleCatalog catalog;
    private final SessionData sessionData;
    private final int freeReads;

    public ReadArticleService(ArticleCatalog catalog, SessionData sessionData, int freeReads) {
        ReadingMeter.fresh(freeReads); // refuses an allowance out of range now, not at the first read
        this.catalog = catalog;
        this.sessionData = sessionData;
        this.freeReads = freeReads;
    }

    @Override
    public Article read(SessionId session, ArticleId id) {
        Article article = catalog.find(id).orElseThrow(ArticleNotFoundException::new);
        String stored = sessionData.update(session, METER,
                value -> ReadingMeter.parse(value, freeReads).reading(id).format());
        if (!ReadingMeter.parse(stored, freeReads).hasRead(id)) {
            throw new FreeReadsSpentException(freeReads);
        }
        return article;
    }

    /** Reads the meter through the same one-step update, changing nothing, so it is never read half-written. */
    @Override
    public ArticleShelf shelf(SessionId session) {
        ReadingMeter meter = ReadingMeter.parse(sessionData.update(session, METER, value -> value), freeReads);
        return new ArticleShelf(catalog.all().stream()
                .map(article -> new ArticleShelf.Entry(article.id(), article.title(), meter.hasRead(article.id())))
                .toList(), freeReads, Math.max(0, freeReads - meter.reads()));
    }
}
