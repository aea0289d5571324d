package dev.gatehouse.domain.user;

/** How an account proves who it is when it signs in. */
public enum SignInMethod {
    /** The account's password. */
    PASSWORD,
    /** A one-time code mailed to the account's address; a password-reset code proves the same. */
    CODE,
    /** A passkey (WebAuthn) whose authenticator verified its user: possession and a PIN or biometric. */
    PASSKEY;

    /**
     * Whether a sign-in by this method is one factor only, so that an account with a second factor
     * is asked for it afterwards. A passkey with user verification is a whole multi-factor sign-in
     * by itself.
     */
    public boolean singleFactor() {
        return this != PASSKEY;
    }
}
