package dev.gatehouse.domain.throttle;

/**
 * The kinds of attempt counted, each per account (as the address typed), per client address, or per
 * recognised browser ({@link DeviceToken}).
 */
public enum ThrottleScope {
    SIGN_IN_FAILURES_PER_ACCOUNT("sign-in-failures/account"),
    SIGN_IN_FAILURES_PER_CLIENT("sign-in-failures/client"),
    SIGN_IN_FAILURES_PER_DEVICE("sign-in-failures/device"),
    CODE_REQUESTS_PER_ACCOUNT("code-requests/account"),
    CODE_REQUESTS_PER_CLIENT("code-requests/client"),
    CODE_REQUESTS_PER_DEVICE("code-requests/device"),
    REGISTRATIONS_PER_CLIENT("registrations/client");

    private final String id;

    ThrottleScope(String id) {
        this.id = id;
    }

    /** The stable name the key is stored under. */
    public String id() {
        return id;
    }
}
