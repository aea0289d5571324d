package dev.gatehouse.domain.passkey;

/** What a challenge was issued for; an answer counts only for the ceremony it was issued for. */
public enum ChallengePurpose {
    /** Adding a passkey to the signed-in account the challenge was issued to. */
    REGISTRATION("registration"),
    /** Signing in with any passkey, no account named beforehand. */
    SIGN_IN("sign-in");

    private final String id;

    ChallengePurpose(String id) {
        this.id = id;
    }

    /** The stored name. */
    public String id() {
        return id;
    }
}
