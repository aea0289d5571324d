package dev.gatehouse.domain.user;

import java.util.Arrays;

public enum Role {
    USER("user"),
    ADMIN("admin");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The name used on the wire and in storage. */
    public String id() {
        return id;
    }

    public static Role fromId(String id) {
        return Arrays.stream(values())
                .filter(role -> role.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new UnknownRoleException(String.valueOf(id)));
    }
}
