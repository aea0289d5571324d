package dev.gatehouse.web.page.view;

import java.util.Optional;

/**
 * The confirmation before an account is deleted: it names the address, and asks for the password,
 * or for an account without one, a sign-in code mailed to it ({@code codeSent} once one was asked for).
 */
public final class AccountDeletionView extends PageView {

    private final String csrfToken;
    private final String email;
    private final boolean hasPassword;
    private final boolean codeSent;
    private final FormErrors errors;
    private final FieldState password;
    private final FieldState code;

    public AccountDeletionView(Layout layout, String csrfToken, String email, boolean hasPassword, boolean codeSent,
                               FormErrors errors) {
        super("account-delete.mustache", "Delete your account", layout);
        this.csrfToken = csrfToken;
        this.email = email;
        this.hasPassword = hasPassword;
        this.codeSent = codeSent;
        this.errors = errors;
        this.password = errors.field("password", "");
        this.code = errors.field("code", "");
    }

    public String csrfToken() {
        return csrfToken;
    }

    public String email() {
        return email;
    }

    public boolean hasPassword() {
        return hasPassword;
    }

    /** Whether the code form shows: an account without a password that asked for a code (or typed one). */
    public boolean codeSent() {
        return codeSent;
    }

    public Optional<String> codeNotice() {
        return codeSent ? Optional.of("We mailed a sign-in code to " + email + ". Enter it to delete your account.")
                : Optional.empty();
    }

    public FormErrors errors() {
        return errors;
    }

    public FieldState password() {
        return password;
    }

    public FieldState code() {
        return code;
    }
}
