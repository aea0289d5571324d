package dev.gatehouse.domain.user;

import java.util.Objects;

/**
 * The rule that spans accounts: at least one active administrator always remains. The domain
 * cannot count accounts, so the caller passes how many active administrators there are now.
 */
public final class Administrators {

    private Administrators() {
    }

    /** Whether the account counts as an administrator who can act: active and holding the admin role. */
    public static boolean isActiveAdmin(User user) {
        return user.active() && user.hasRole(Role.ADMIN);
    }

    /**
     * @param before             the account as stored
     * @param after              the same account after the intended change
     * @param activeAdminsBefore how many active administrators there are now, {@code before} included if it is one
     * @throws LastAdminException when the change would leave no active administrator
     */
    public static void ensureOneRemains(User before, User after, int activeAdminsBefore) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("before and after must be the same account");
        }
        if (isActiveAdmin(before) && !isActiveAdmin(after) && activeAdminsBefore <= 1) {
            throw new LastAdminException();
        }
    }

    /**
     * @param leaving            the account about to be deleted, as stored
     * @param activeAdminsBefore how many active administrators there are now, {@code leaving} included if it is one
     * @throws LastAdminException when deleting it would leave no active administrator
     */
    public static void ensureOneRemainsWithout(User leaving, int activeAdminsBefore) {
        Objects.requireNonNull(leaving, "leaving");
        if (isActiveAdmin(leaving) && activeAdminsBefore <= 1) {
            throw LastAdminException.deletingOwnAccount();
        }
    }
}
