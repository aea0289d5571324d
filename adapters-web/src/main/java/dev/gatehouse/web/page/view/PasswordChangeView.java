package dev.gatehouse.web.page.view;

/** The password change form, empty or again with every reason it was refused (never with what was typed). */
public final class PasswordChangeView extends PageView {

    private final String csrfToken;
    private final FormErrors errors;
    private final FieldState currentPassword;
    private final FieldState newPassword;
    private final int passwordMinLength;

    public PasswordChangeView(Layout layout, String csrfToken, FormErrors errors, int passwordMinLength) {
        super("password-change.mustache", "Change your password", layout);
        this.csrfToken = csrfToken;
        this.errors = errors;
        this.currentPassword = errors.field("current_password", "");
        this.newPassword = errors.field("new_password", "");
        this.passwordMinLength = passwordMinLength;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public FormErrors errors() {
        return errors;
    }

    public FieldState currentPassword() {
        return currentPassword;
    }

    public FieldState newPassword() {
        return newPassword;
    }

    public int passwordMinLength() {
        return passwordMinLength;
    }
}
