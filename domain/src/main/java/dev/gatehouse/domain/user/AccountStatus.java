package dev.gatehouse.domain.user;

/**
 * Where an account stands. Only {@code ACTIVE} accounts may sign in; a {@code PENDING} one (created
 * by asking for a sign-in code) becomes active when its first code is entered; a {@code DISABLED}
 * one stays shut until an administrator opens it again, whatever codes it is sent.
 */
public enum AccountStatus {
    PENDING("pending"),
    ACTIVE("active"),
    DISABLED("disabled");

    private final String id;

    AccountStatus(String id) {
        this.id = id;
    }

    /** The name used in storage. */
    public String id() {
        return id;
    }

    public static AccountStatus fromId(String id) {
        for (AccountStatus status : values()) {
            if (status.id.equals(id)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown account status: " + id);
    }
}
