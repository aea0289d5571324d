package dev.gatehouse.web.api;

import java.util.List;

/** A user as integrations see it: never a hash, code or token. */
public record UserJson(String id, String email, List<String> roles, boolean active, String createdAt,
                       String lastLoginAt, String timezone) {
}
