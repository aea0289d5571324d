package dev.gatehouse.web.page.view;

/**
 * Shown with 403 when a form post lacks the CSRF token of the browser's session or pre-session:
 * the form was sent from another site, or the page is older than the cookie it was made for.
 */
public final class FormRefusedView extends PageView {

    public static final String MESSAGE = "This form can no longer be sent: it was open while you signed in or out, "
            + "or it came from another site. Reload the page and try again.";

    private final String backTo;

    public FormRefusedView(Layout layout, String backTo) {
        super("form-refused.mustache", "Form not accepted", layout);
        this.backTo = backTo;
    }

    public String message() {
        return MESSAGE;
    }

    public String backTo() {
        return backTo;
    }
}
