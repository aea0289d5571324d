package dev.gatehouse.web.page.view;

import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in by emailed code: the address form and, once a code was asked for, the code form. Each
 * form has its own error region, so each part carries its own errors.
 */
public final class LoginCodeView extends PageView {

    public static final String SENT_NOTICE = "If this address can sign in here, a code is on its way to it. "
            + "Enter it below.";
    public static final String REGISTERED_NOTICE = "A code to confirm your address is on its way to it, unless the "
            + "address has an account already (then its owner gets a note). Enter the code below to sign in; "
            + "your password is kept.";

    /** The address form; {@code sent} once a code was asked for, which turns its button into "Code sent". */
    public record RequestPart(FormErrors errors, FieldState email, boolean sent) {
    }

    /** The code form, for the address the code was sent to. */
    public record VerifyPart(FormErrors errors, String email, FieldState code, boolean rememberMe) {
    }

    private final String csrfToken;
    private final Optional<String> next;
    private final String timezone;
    private final RequestPart request;
    private final Optional<VerifyPart> verify;
    private final String sentNotice;
    private Optional<String> returnTo = Optional.empty();
    private String resendWait = "half a minute";
    private long resendAfterSeconds;

    private LoginCodeView(Layout layout, String csrfToken, Optional<String> next, String timezone, RequestPart request,
                          Optional<VerifyPart> verify) {
        this(layout, csrfToken, next, timezone, request, verify, SENT_NOTICE);
    }

    private LoginCodeView(Layout layout, String csrfToken, Optional<String> next, String timezone, RequestPart request,
                          Optional<VerifyPart> verify, String sentNotice) {
        super("login-code.mustache", "Sign in with a code", layout);
        this.csrfToken = csrfToken;
        this.next = next;
        this.timezone = timezone;
        this.request = request;
        this.verify = verify;
        this.sentNotice = sentNotice;
    }

    /** The address form alone, empty or with what was typed and why it was refused. */
    public static LoginCodeView asking(Layout layout, String csrfToken, Optional<String> next, String timezone,
                                String typedEmail, FormErrors errors) {
        return new LoginCodeView(layout, csrfToken, next, timezone,
                new RequestPart(errors, errors.field("email", typedEmail), false), Optional.empty());
    }

    /** After a code was asked for: the code form for {@code email}, with the errors of the last try. */
    public static LoginCodeView entering(Layout layout, String csrfToken, Optional<String> next, String timezone,
                                  String email, boolean rememberMe, FormErrors errors) {
        return new LoginCodeView(layout, csrfToken, next, timezone,
                new RequestPart(FormErrors.none(), new FieldState(email == null ? "" : email, false, false), true),
                Optional.of(new VerifyPart(errors, email == null ? "" : email,
                        errors.any() ? errors.field("code", "") : new FieldState("", false, true), rememberMe)));
    }

    /** Right after registering: the code form for the address just registered, with a word on what comes. */
    public static LoginCodeView afterRegistration(Layout layout, String csrfToken, String email) {
        LoginCodeView entering = entering(layout, csrfToken, Optional.empty(), "", email, false, FormErrors.none());
        return new LoginCodeView(layout, csrfToken, Optional.empty(), "", entering.request, entering.verify,
                REGISTERED_NOTICE);
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Optional<String> next() {
        return next;
    }

    /** Both forms keep an allowed {@code return_to} in a hidden field, so the sign-in honours it. */
    public LoginCodeView returningTo(Optional<String> allowedReturnTo) {
        this.returnTo = allowedReturnTo;
        return this;
    }

    public Optional<String> returnTo() {
        return returnTo;
    }

    public String timezone() {
        return timezone;
    }

    public RequestPart request() {
        return request;
    }

    public Optional<VerifyPart> verify() {
        return verify;
    }

    public String sentNotice() {
        return sentNotice;
    }

    /**
     * How soon a new code may be mailed after the last ({@code codes.resendInterval}), said beside
     * "Send a new code"; and, right after one was sent, the seconds the script counts down before
     * it enables that button (0: no countdown, as when a mail link opens the page).
     */
    public LoginCodeView resendingAfter(Duration interval, boolean justSent) {
        this.resendWait = SessionsView.spokenSeconds(interval);
        this.resendAfterSeconds = justSent ? Math.max(0, interval.toSeconds()) : 0;
        return this;
    }

    public String resendWait() {
        return resendWait;
    }

    public long resendAfterSeconds() {
        return resendAfterSeconds;
    }
}
