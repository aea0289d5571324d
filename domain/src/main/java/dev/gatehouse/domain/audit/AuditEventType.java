package dev.gatehouse.domain.audit;

import java.util.Arrays;

/** What a row of the audit trail records; {@link #id()} is its stable name in storage and JSON. */
public enum AuditEventType {
    REGISTERED("registered"),
    SIGN_IN_SUCCEEDED("sign-in-succeeded"),
    SIGN_IN_FAILED("sign-in-failed"),
    CODE_REQUESTED("code-requested"),
    CODE_REJECTED("code-rejected"),
    PASSWORD_RESET("password-reset"),
    PASSWORD_CHANGED("password-changed"),
    EMAIL_CHANGE_REQUESTED("email-change-requested"),
    EMAIL_CHANGED("email-changed"),
    SIGNED_OUT("signed-out"),
    SESSION_REVOKED("session-revoked"),
    ROLE_GRANTED("role-granted"),
    ROLE_REVOKED("role-revoked"),
    USER_DISABLED("user-disabled"),
    USER_ENABLED("user-enabled"),
    ACCOUNT_DELETED("account-deleted"),
    /** A password set while the address was unproven, removed by a proof not bound to its registration. */
    UNPROVEN_PASSWORD_REMOVED("unproven-password-removed"),
    /** Someone tried to register an address that already has an account; its owner was told. */
    REGISTRATION_OF_TAKEN_ADDRESS("registration-of-taken-address"),
    /** An authenticator app confirmed: from now on a sign-in asks for its code (detail: the method). */
    SECOND_FACTOR_ENROLLED("second-factor-enrolled"),
    /** A second factor taken off the account (detail: the method, and what proved the owner). */
    SECOND_FACTOR_REMOVED("second-factor-removed"),
    /** A wrong, replayed or unusable second factor at sign-in, re-authentication or removal. */
    SECOND_FACTOR_FAILED("second-factor-failed"),
    /** A session's person proved themselves again for sensitive actions. */
    REAUTHENTICATED("reauthenticated"),
    /** A passkey registered on the account (detail: its name). */
    PASSKEY_ADDED("passkey-added"),
    /** A passkey taken off the account. */
    PASSKEY_REMOVED("passkey-removed");

    private final String id;

    AuditEventType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static AuditEventType fromId(String id) {
        return Arrays.stream(values())
                .filter(type -> type.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown audit event type: " + id));
    }
}
