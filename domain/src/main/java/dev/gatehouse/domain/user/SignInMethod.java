package dev.gatehouse.domain.user;

/** How an account proves who it is when it signs in. */
public enum SignInMethod {
    /** The account's password. */
    PASSWORD,
    /** A one-time code mailed to the account's address; a password-reset code proves the same. */
    CODE;

    /**
     * Whether a sign-in by this method is one factor only, so that an account with a second factor
     * is asked for it afterwards. A method that is a whole multi-factor sign-in by itself (a passkey
     * with user verification) answers false.
     */
    public boolean singleFactor() {
        return true;
    }
}
