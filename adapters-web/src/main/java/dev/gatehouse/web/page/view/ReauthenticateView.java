package dev.gatehouse.web.page.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Confirm it's you" before a sensitive action: the password, or a code of the authenticator app;
 * an account with neither signs in with a code again. {@code next} is where the person goes after.
 */
public final class ReauthenticateView extends PageView {

    private final String csrfToken;
    private final FormErrors errors;
    private final FieldState password;
    private final FieldState code;
    private final boolean hasPassword;
    private final boolean hasTotp;
    private final String next;

    public ReauthenticateView(Layout layout, String csrfToken, boolean hasPassword, boolean hasTotp, String next,
                              FormErrors errors) {
        super("reauthenticate.mustache", "Confirm it's you", layout);
        this.csrfToken = csrfToken;
        this.errors = errors;
        this.password = errors.field("password", "");
        this.code = errors.field("code", "");
        this.hasPassword = hasPassword;
        this.hasTotp = hasTotp;
        this.next = next;
    }

    public String csrfToken() {
        return csrfToken;
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

    public boolean hasPassword() {
        return hasPassword;
    }

    public boolean hasTotp() {
        return hasTotp;
    }

    public boolean neither() {
        return !hasPassword && !hasTotp;
    }

    public String next() {
        return next;
    }

    public String codeSignInHref() {
        return "/login/code?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
}
