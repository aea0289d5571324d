package dev.gatehouse.application.port.in.article;

import dev.gatehouse.domain.article.Article;
import dev.gatehouse.domain.article.ArticleId;
import dev.gatehouse.domain.session.SessionId;

/** The metered-article example: a few articles free per session, counted in the session's own data. */
public interface ReadArticleUseCase {

    /**
     * @throws ArticleNotFoundException for an article that does not exist (nothing is counted)
     * @throws FreeReadsSpentException  when the session has read its free articles and this is another
     */
    Article read(SessionId session, ArticleId article);
}
