package dev.gatehouse.domain.mfa;

/**
 * A way to give the second factor at sign-in, by the name clients see in a challenge's
 * {@code methods}. A passkey with user verification is a whole multi-factor sign-in of its own, so
 * it joins this list only as a second step after a password, should that ever be offered.
 */
public enum SecondFactorMethod {
    TOTP("totp"),
    RECOVERY_CODE("recovery_code");

    private final String id;

    SecondFactorMethod(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
