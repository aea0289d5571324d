package dev.gatehouse.web.page.view;

import java.util.Arrays;
import java.util.Optional;

/**
 * The message a page shows once after an action changed something. After a post-redirect-get the
 * redirect carries only its key ({@code ?done=signed-out}); the text is fixed here, so a crafted
 * link can choose which of these messages appears but never put words of its own on the page.
 */
public enum Flash {

    SIGNED_OUT("signed-out", "You are signed out."),
    SESSION_ENDED("session-ended", "The session is ended: that browser is signed out."),
    SIGNED_OUT_ELSEWHERE("signed-out-elsewhere", "Every other browser is signed out; this one stays signed in."),
    PASSWORD_CHANGED("password-changed", "Your password is changed, and every other browser is signed out."),
    PASSWORD_RESET("password-reset", "Password changed; sign in with your new password."),
    ADDRESS_CHANGE_REQUESTED("address-change-requested", "Address change requested: enter the code we mailed to the new address."),
    ADDRESS_CHANGED("address-changed", "Your address is changed. We told the old one, and every other browser is signed out."),
    SECOND_FACTOR_REMOVED("second-factor-removed", "Two-step sign-in is off: a password or a mailed code alone signs in again."),
    PASSKEY_REMOVED("passkey-removed", "The passkey is removed; it no longer signs in to this account."),
    ACCOUNT_DELETED("account-deleted", "Your account is deleted, and every browser signed in to it is signed out."),
    ROLES_SAVED("roles-saved", "Roles saved."),
    USER_DISABLED("user-disabled", "The account is disabled and signed out everywhere."),
    USER_ENABLED("user-enabled", "The account is enabled; it can sign in again."),
    USER_SIGNED_OUT("user-signed-out", "The account is signed out everywhere.");

    /** The query parameter that carries the key. */
    public static final String PARAMETER = "done";

    private final String key;
    private final String text;

    Flash(String key, String text) {
        this.key = key;
        this.text = text;
    }

    public String key() {
        return key;
    }

    public String text() {
        return text;
    }

    /** The message a key names; anything else (absent, unknown, text of someone's choosing) shows none. */
    public static Optional<Flash> ofKey(String key) {
        return Arrays.stream(values()).filter(flash -> flash.key.equals(key)).findFirst();
    }
}
