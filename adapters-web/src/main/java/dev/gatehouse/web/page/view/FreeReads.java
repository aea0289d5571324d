package dev.gatehouse.web.page.view;

import dev.gatehouse.application.port.in.article.ArticleShelf;

/** "3 free reads left in this session", as every article page and the index say it. */
final class FreeReads {

    private FreeReads() {
    }

    static String left(ArticleShelf shelf) {
        int left = shelf.freeReadsLeft();
        if (left == 0) {
            return "No free reads left in this session; the articles you have read stay open.";
        }
        return (left == 1 ? "1 free read" : left + " free reads") + " left in this session, of "
                + shelf.freeReads() + ". Articles you have read stay open.";
    }
}
