package dev.gatehouse.domain.code;

/** What a one-time code proves when it is entered; a code for one purpose never serves another. */
public enum CodePurpose {
    SIGN_IN("sign-in"),
    PASSWORD_RESET("password-reset"),
    /** Proves control of the address an account is moving to; the address waits beside the code. */
    EMAIL_CHANGE("email-change");

    private final String id;

    CodePurpose(String id) {
        this.id = id;
    }

    /** The name used in storage. */
    public String id() {
        return id;
    }

    public static CodePurpose fromId(String id) {
        for (CodePurpose purpose : values()) {
            if (purpose.id.equals(id)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("unknown code purpose: " + id);
    }
}
