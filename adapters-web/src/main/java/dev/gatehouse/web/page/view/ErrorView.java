package dev.gatehouse.web.page.view;

/** A failed page request shown as a page: what happened, in words for people, and a way on. */
public final class ErrorView extends PageView {

    private final int status;
    private final String message;

    public ErrorView(Layout layout, int status, String heading, String message) {
        super("error.mustache", heading, layout);
        this.status = status;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String message() {
        return message;
    }
}
