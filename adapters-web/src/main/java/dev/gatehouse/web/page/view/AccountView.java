package dev.gatehouse.web.page.view;


/**
 * The Account page: the address, the ways to the password and sessions pages, and the
 * change-of-address form, empty or again with the address typed and every reason it was refused
 * (never the password).
 */
public final class AccountView extends PageView {

    private final String csrfToken;
    private final String email;
    private final boolean hasPassword;
    private final FormErrors errors;
    private final FieldState newEmail;
    private final FieldState password;

    public AccountView(Layout layout, String csrfToken, String email, boolean hasPassword, String newEmail,
                       FormErrors errors) {
        super("account.mustache", "Your account", layout);
        this.csrfToken = csrfToken;
        this.email = email;
        this.hasPassword = hasPassword;
        this.errors = errors;
        this.newEmail = errors.field("new_email", newEmail);
        this.password = errors.field("password", "");
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

    public FormErrors errors() {
        return errors;
    }

    public FieldState newEmail() {
        return newEmail;
    }

    public FieldState password() {
        return password;
    }
}
