package dev.gatehouse.web.page.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The sign-in form, empty or again with what was typed (never the password) and the errors. */
public final class LoginView extends PageView {

    public static final String REGISTERED_NOTICE = "Your account is ready. Sign in with your new password.";

    private final String csrfToken;
    private final FormErrors errors;
    private final FieldState email;
    private final FieldState password;
    private final boolean rememberMe;
    private final Optional<String> next;
    private final Optional<String> notice;
    private Optional<String> returnTo = Optional.empty();

    public LoginView(Layout layout, String csrfToken, String typedEmail, boolean rememberMe, Optional<String> next,
              FormErrors errors, Optional<String> notice) {
        super("login.mustache", "Sign in", layout);
        this.csrfToken = csrfToken;
        this.errors = errors;
        this.email = errors.field("email", typedEmail);
        this.password = errors.field("password", "");
        this.rememberMe = rememberMe;
        this.next = next;
        this.notice = notice;
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

    public boolean rememberMe() {
        return rememberMe;
    }

    public Optional<String> next() {
        return next;
    }

    /** The form keeps an allowed {@code return_to} in a hidden field, so the sign-in it sends honours it. */
    public LoginView returningTo(Optional<String> allowedReturnTo) {
        this.returnTo = allowedReturnTo;
        return this;
    }

    public Optional<String> returnTo() {
        return returnTo;
    }

    /** The code sign-in, keeping the {@code return_to} so that signing in with a code also goes back. */
    public String codeSignInHref() {
        return "/login/code" + returnTo.map(url -> "?return_to=" + URLEncoder.encode(url, StandardCharsets.UTF_8))
                .orElse("");
    }

    public Optional<String> notice() {
        return notice;
    }
}
