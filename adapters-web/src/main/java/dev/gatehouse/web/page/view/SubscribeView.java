package dev.gatehouse.web.page.view;

/** What a session sees once its free articles are read. */
public final class SubscribeView extends PageView {

    private final int freeReads;

    public SubscribeView(Layout layout, int freeReads) {
        super("subscribe.mustache", "Subscribe to read on", layout);
        this.freeReads = freeReads;
    }

    public int freeReads() {
        return freeReads;
    }
}
