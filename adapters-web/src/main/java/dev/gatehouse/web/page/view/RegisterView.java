package dev.gatehouse.web.page.view;

/** The registration form, empty or again with the typed email and every reason it was refused. */
public final class RegisterView extends PageView {

    private final String csrfToken;
    private final FormErrors errors;
    private final FieldState email;
    private final FieldState password;
    private final int passwordMinLength;

    public RegisterView(Layout layout, String csrfToken, String typedEmail, FormErrors errors, int passwordMinLength) {
        super("register.mustache", "Register", layout);
        this.csrfToken = csrfToken;
        this.errors = errors;
        this.email = errors.field("email", typedEmail);
        this.password = errors.field("password", "");
        this.passwordMinLength = passwordMinLength;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public FormErrors errors() {
        return errors;
    }

    public FieldState email() {
        return email;
    }

    public FieldState password() {
        return password;
    }

    public int passwordMinLength() {
        return passwordMinLength;
    }
}
