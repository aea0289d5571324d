package dev.gatehouse.domain.user;

/** How an account proves who it is when it signs in. */
public enum SignInMethod {
    /** The account's password. */
    PASSWORD,
    /** A one-time code mailed to the account's address; a password-reset code proves the same. */
    CODE,
    /** A passkey (WebAuthn) whose authenticator verified its user: possession and a PIN or biometric. */
    PASSKEY
}
