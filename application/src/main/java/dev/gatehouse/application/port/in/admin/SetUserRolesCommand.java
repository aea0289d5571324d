package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The complete new role set of an account (not a difference). */
public record SetUserRolesCommand(UserId user, Set<Role> roles, Actor actor) {

    public SetUserRolesCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(actor, "actor");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account has at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }
}
