package dev.gatehouse.web.page.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The second step of a sign-in: a code of the authenticator app, or (after the link below it) one of
 * the recovery codes. What the first step asked for ({@code next}, {@code return_to}) rides along.
 */
public final class SecondFactorView extends PageView {

    private final String csrfToken;
    private final FormErrors errors;
    private final FieldState code;
    private final boolean recovery;
    private final Optional<String> next;
    private final Optional<String> returnTo;

    public SecondFactorView(Layout layout, String csrfToken, boolean recovery, Optional<String> next,
                            Optional<String> returnTo, FormErrors errors) {
        super("login-second-factor.mustache", "Second step", layout);
        this.csrfToken = csrfToken;
        this.errors = errors;
        this.code = errors.field("code", "");
        this.recovery = recovery;
        this.next = next;
        this.returnTo = returnTo;
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

    public boolean recovery() {
        return recovery;
    }

    public Optional<String> next() {
        return next;
    }

    public Optional<String> returnTo() {
        return returnTo;
    }

    /** The same step with the other kind of code, keeping where the sign-in goes afterwards. */
    public String otherMethodHref() {
        StringBuilder href = new StringBuilder("/login/second-factor?recovery=").append(recovery ? "false" : "true");
        next.ifPresent(path -> href.append("&next=").append(URLEncoder.encode(path, StandardCharsets.UTF_8)));
        returnTo.ifPresent(url -> href.append("&return_to=").append(URLEncoder.encode(url, StandardCharsets.UTF_8)));
        return href.toString();
    }
}
