package dev.gatehouse.web.page.view;

/** The form for the code mailed to the new address, empty or again with why the code was refused. */
public final class EmailChangeCodeView extends PageView {

    private final String csrfToken;
    private final FormErrors errors;
    private final FieldState code;

    public EmailChangeCodeView(Layout layout, String csrfToken, FormErrors errors) {
        super("email-change-code.mustache", "Confirm your new address", layout);
        this.csrfToken = csrfToken;
        this.errors = errors;
        this.code = errors.field("code", "");
    }

    public String csrfToken() {
        return csrfToken;
    }

    public FormErrors errors() {
        return errors;
    }

    public FieldState code() {
        return code;
    }
}
