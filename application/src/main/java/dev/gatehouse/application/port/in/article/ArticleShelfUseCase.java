package dev.gatehouse.application.port.in.article;

import dev.gatehouse.domain.session.SessionId;

/** The metered-article example's index: what a session has read and has left, counting nothing. */
public interface ArticleShelfUseCase {

    ArticleShelf shelf(SessionId session);
}
