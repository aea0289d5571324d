package dev.gatehouse.application.service.admin;

import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.util.EnumSet;
import java.util.Set;

/** An account before and after an administrative change, committed; what the audit trail is told. */
record AccountChange(User before, User after) {

    static AccountChange none(User unchanged) {
        return new AccountChange(unchanged, unchanged);
    }

    /** Whether anything an administrator changes (roles, status) differs. */
    boolean changed() {
        return before.status() != after.status() || !before.roles().equals(after.roles());
    }

    Set<Role> granted() {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(after.roles());
        granted.removeAll(before.roles());
        return granted;
    }

    Set<Role> revoked() {
        Set<Role> revoked = EnumSet.noneOf(Role.class);
        revoked.addAll(before.roles());
        revoked.removeAll(after.roles());
        return revoked;
    }
}
