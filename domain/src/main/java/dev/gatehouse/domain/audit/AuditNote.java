package dev.gatehouse.domain.audit;

/** The details that are one fixed phrase each. */
public enum AuditNote implements AuditDetail {
    /** Nothing to add to the event's type. */
    NONE(""),
    /** An account registered with a password. */
    WITH_PASSWORD("password"),
    /** Done by an operator's {@code create-admin} command. */
    CREATE_ADMIN("create-admin"),
    /** An administrator ended every session of an account. */
    ALL_SESSIONS("all sessions"),
    /** An account ended all of its sessions but the one asking. */
    ALL_OTHER_SESSIONS("all-others"),
    /** A token a rotation replaced came back too late: taken for a stolen copy. */
    REPLACED_TOKEN_PRESENTED("replaced token presented"),
    /** The session a browser held ended as it signed in again. */
    REPLACED_BY_SIGN_IN("replaced by a new sign-in"),
    /** A change of address asked for an address another account has: its owner was told, nothing was sent to confirm. */
    NEW_ADDRESS_TAKEN("new address taken");

    private final String text;

    AuditNote(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
