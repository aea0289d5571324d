package dev.gatehouse.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * The Account page's second factor: its status with a way to set an authenticator app up or remove
 * it; while setting up, the QR code (inline SVG) and the secret with the confirmation form; once
 * confirmed, the recovery codes, shown this once.
 */
public final class SecondFactorAccountView extends PageView {

    /** A pending enrolment: the QR code's SVG (built by ZXing, trusted markup) and the secret to type instead. */
    public record Pending(String qrSvg, String secret) {
    }

    private final String csrfToken;
    private final boolean enabled;
    private final int recoveryCodesLeft;
    private final boolean required;
    private final Optional<Pending> pending;
    private final boolean confirming;
    private final List<String> recoveryCodes;
    private final FormErrors errors;
    private final FieldState code;

    public SecondFactorAccountView(Layout layout, String csrfToken, boolean enabled, int recoveryCodesLeft,
                                   boolean required, Optional<Pending> pending, boolean confirming,
                                   List<String> recoveryCodes, FormErrors errors) {
        super("second-factor.mustache", "Two-step sign-in", layout);
        this.csrfToken = csrfToken;
        this.enabled = enabled;
        this.recoveryCodesLeft = recoveryCodesLeft;
        this.required = required;
        this.pending = pending;
        this.confirming = confirming;
        this.recoveryCodes = List.copyOf(recoveryCodes);
        this.errors = errors;
        this.code = errors.field("code", "");
    }

    public String csrfToken() {
        return csrfToken;
    }

    public boolean enabled() {
        return enabled;
    }

    public int recoveryCodesLeft() {
        return recoveryCodesLeft;
    }

    public boolean required() {
        return required;
    }

    public Optional<Pending> pending() {
        return pending;
    }

    /** The confirmation form: while setting up, also after a wrong code (when the QR code is no longer shown). */
    public boolean confirming() {
        return confirming;
    }

    public List<String> recoveryCodes() {
        return recoveryCodes;
    }

    public boolean showRecoveryCodes() {
        return !recoveryCodes.isEmpty();
    }

    public FormErrors errors() {
        return errors;
    }

    public FieldState code() {
        return code;
    }
}
