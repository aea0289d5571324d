package dev.gatehouse.web.page.view;

import java.util.List;

/**
 * The second step of a destructive action without JavaScript: the question naming whom it affects
 * ("End the session of Firefox on Windows, signed in 2 hours ago?"), and the same post again with
 * {@code confirmed=yes}. With htmx the page's {@code <dialog>} asks instead, and this page is not shown.
 */
public final class ConfirmView extends PageView {

    /** A field of the original post, carried to the confirming one unchanged. */
    public record Field(String name, String value) {
    }

    private final String question;
    private final String action;
    private final List<Field> fields;
    private final String confirmLabel;
    private final String cancelHref;

    public ConfirmView(Layout layout, String title, String question, String action, List<Field> fields,
                       String confirmLabel, String cancelHref) {
        super("confirm.mustache", title, layout);
        this.question = question;
        this.action = action;
        this.fields = List.copyOf(fields);
        this.confirmLabel = confirmLabel;
        this.cancelHref = cancelHref;
    }

    public String question() {
        return question;
    }

    public String action() {
        return action;
    }

    public List<Field> fields() {
        return fields;
    }

    public String confirmLabel() {
        return confirmLabel;
    }

    public String cancelHref() {
        return cancelHref;
    }
}
