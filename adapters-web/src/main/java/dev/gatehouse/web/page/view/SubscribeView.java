package dev.gatehouse.web.page.view;

import dev.gatehouse.application.port.in.article.ArticleShelf;
import java.util.List;

/**
 * What a session sees once its free articles are read: the paywall of the demo, with what the demo
 * can offer instead of a subscription (the articles already read, and a new session by signing in
 * again), and a word on where a real site would sell one.
 */
public final class SubscribeView extends PageView {

    private final int freeReads;
    private final ArticleShelf shelf;
    private final String csrfToken;

    public SubscribeView(Layout layout, int freeReads, ArticleShelf shelf, String csrfToken) {
        super("subscribe.mustache", "Subscribe to read on", layout);
        this.freeReads = freeReads;
        this.shelf = shelf;
        this.csrfToken = csrfToken;
    }

    public int freeReads() {
        return freeReads;
    }

    /** The articles this session has read: still open to it. */
    public List<ArticleShelf.Entry> read() {
        return shelf.articles().stream().filter(ArticleShelf.Entry::read).toList();
    }

    public boolean hasRead() {
        return !read().isEmpty();
    }

    public String csrfToken() {
        return csrfToken;
    }
}
