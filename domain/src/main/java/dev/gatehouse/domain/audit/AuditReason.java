package dev.gatehouse.domain.audit;

import dev.gatehouse.domain.user.SignInRefusal;

/** Why an attempt was refused or a code request dropped: the class of reason, never what was typed. */
public enum AuditReason {
    UNKNOWN_ACCOUNT("unknown-account"),
    NO_PASSWORD("no-password"),
    WRONG_PASSWORD("wrong-password"),
    DISABLED("disabled"),
    PENDING("pending"),
    /** A right password for an address not proven yet, where the service requires a proven one. */
    EMAIL_UNVERIFIED("email-unverified"),
    /** The account changed (disabled, reset, new password) between the check and the sign-in. */
    CHANGED_DURING_SIGN_IN("changed-during-sign-in"),
    THROTTLED("throttled"),
    TOO_MANY_FAILURES("too-many-failures"),
    WRONG_CODE("wrong-code"),
    /** No code issued, or it expired, was used or ran out of attempts. */
    NO_LIVE_CODE("no-live-code"),
    /** A code request within the resend interval of the last code. */
    RECENTLY_SENT("recently-sent"),
    /** A second-factor code already accepted once (a TOTP within its window, a used recovery code). */
    REPLAYED("replayed"),
    /** A second-factor or passkey challenge not issued, expired, already answered or out of attempts. */
    NO_LIVE_CHALLENGE("no-live-challenge"),
    /** A passkey assertion for a credential no account has (any more). */
    UNKNOWN_PASSKEY("unknown-passkey"),
    /** A passkey answer whose signature, origin, relying party or user verification did not hold. */
    INVALID_PASSKEY("invalid-passkey"),
    /** A passkey whose signature counter did not move forward: a cloned authenticator, or a replay. */
    COUNTER_REGRESSED("counter-regressed");

    private final String id;

    AuditReason(String id) {
        this.id = id;
    }

    /** The stored name. */
    public String id() {
        return id;
    }

    public static AuditReason of(SignInRefusal refusal) {
        return switch (refusal) {
            case DISABLED -> DISABLED;
            case PENDING -> PENDING;
            case NO_PASSWORD -> NO_PASSWORD;
            case EMAIL_UNVERIFIED -> EMAIL_UNVERIFIED;
        };
    }
}
