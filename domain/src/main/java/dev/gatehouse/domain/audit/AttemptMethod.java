package dev.gatehouse.domain.audit;

import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.user.SignInMethod;

/** What an attempt guessed a secret for; names sign-ins and throttled guesses in the trail and the meters. */
public enum AttemptMethod {
    PASSWORD("password"),
    CODE("code"),
    PASSWORD_CHANGE("password-change"),
    PASSWORD_RESET("password-reset"),
    /** The password asked again, or the code mailed to the new address, when an account changes its address. */
    EMAIL_CHANGE("email-change"),
    /** The password or a sign-in code, asked again when an account deletes itself. */
    ACCOUNT_DELETION("account-deletion"),
    /** A code of the account's authenticator app. */
    TOTP("totp"),
    /** One of the account's single-use recovery codes. */
    RECOVERY_CODE("recovery-code"),
    /** The password asked again to re-authenticate a session. */
    REAUTHENTICATION("reauthentication"),
    /** A passkey's signed assertion. */
    PASSKEY("passkey");

    private final String id;

    AttemptMethod(String id) {
        this.id = id;
    }

    /** The stored name. */
    public String id() {
        return id;
    }

    public static AttemptMethod of(SignInMethod method) {
        return switch (method) {
            case PASSWORD -> PASSWORD;
            case CODE -> CODE;
            case PASSKEY -> PASSKEY;
        };
    }

    /** Entering a code: a sign-in code signs in, a reset code resets a password. */
    public static AttemptMethod enteringCode(CodePurpose purpose) {
        return switch (purpose) {
            case SIGN_IN -> CODE;
            case PASSWORD_RESET -> PASSWORD_RESET;
            case EMAIL_CHANGE -> EMAIL_CHANGE;
        };
    }
}
