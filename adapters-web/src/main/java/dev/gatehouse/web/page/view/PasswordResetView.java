package dev.gatehouse.web.page.view;

import java.time.Duration;
import java.util.Optional;

/**
 * Password reset by emailed code: the address form and, once a code was asked for (or a mail link
 * was followed), the form for the code and the new password. Each form has its own error region.
 */
public final class PasswordResetView extends PageView {

    static final String SENT_NOTICE = "If the address has an account, a code is on its way.";

    /** The address form; {@code sent} once a code was asked for, which turns its button into "Code sent". */
    public record ForgotPart(FormErrors errors, FieldState email, boolean sent) {
    }

    /** The code and new password, for the address the code was sent to. */
    public record ResetPart(FormErrors errors, String email, FieldState code, FieldState password) {
    }

    private final String csrfToken;
    private final ForgotPart forgot;
    private final Optional<ResetPart> reset;
    private final int passwordMinLength;
    private String resendWait = "half a minute";
    private long resendAfterSeconds;

    private PasswordResetView(Layout layout, String csrfToken, ForgotPart forgot, Optional<ResetPart> reset,
                              int passwordMinLength) {
        super("password-reset.mustache", "Reset your password", layout);
        this.csrfToken = csrfToken;
        this.forgot = forgot;
        this.reset = reset;
        this.passwordMinLength = passwordMinLength;
    }

    public static PasswordResetView asking(Layout layout, String csrfToken, String typedEmail, FormErrors errors,
                                    int passwordMinLength) {
        return new PasswordResetView(layout, csrfToken, new ForgotPart(errors, errors.field("email", typedEmail), false),
                Optional.empty(), passwordMinLength);
    }

    /** The reset form for {@code email}; {@code sent} when the code was asked for just now (not from a mail link). */
    public static PasswordResetView resetting(Layout layout, String csrfToken, String email, boolean sent, FormErrors errors,
                                       int passwordMinLength) {
        String shown = email == null ? "" : email;
        FieldState code = errors.any() ? errors.field("code", "") : new FieldState("", false, true);
        return new PasswordResetView(layout, csrfToken,
                new ForgotPart(FormErrors.none(), new FieldState(shown, false, false), sent),
                Optional.of(new ResetPart(errors, shown, code, errors.field("password", ""))), passwordMinLength);
    }

    public String csrfToken() {
        return csrfToken;
    }

    public ForgotPart forgot() {
        return forgot;
    }

    public Optional<ResetPart> reset() {
        return reset;
    }

    public int passwordMinLength() {
        return passwordMinLength;
    }

    /**
     * How soon a new code may be mailed after the last ({@code codes.resendInterval}), said beside
     * "Send a new code"; and, right after one was sent, the seconds the script counts down before
     * it enables that button (0: no countdown, as when a mail link opens the page).
     */
    public PasswordResetView resendingAfter(Duration interval, boolean justSent) {
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

    public String sentNotice() {
        return SENT_NOTICE;
    }
}
