package dev.gatehouse.domain.user;

/** Why an account may not sign in (see {@link User#signInRefusal(SignInMethod)}). */
public enum SignInRefusal {
    /** Shut by an administrator: no way in until enabled again. */
    DISABLED,
    /** Waiting for its owner to enter the first code sent to the address. */
    PENDING,
    /** Made by code sign-in or by an operator: there is no password to sign in with. */
    NO_PASSWORD,
    /** A right password, but the address is not proven and the service requires that first. */
    EMAIL_UNVERIFIED
}
