package dev.gatehouse.testing;

import java.util.Set;

/** An account as Gatehouse's API describes it. */
public record GatehouseUser(String id, String email, Set<String> roles, boolean active) {

    public GatehouseUser {
        roles = Set.copyOf(roles);
    }
}
