package dev.gatehouse.web.api;

import java.util.List;

/**
 * A user as integrations see it: never a hash, code or token. {@code emailVerified}: whether a code
 * sent to the address was ever entered (accounts from before that was recorded count as proven).
 */
public record UserJson(String id, String email, boolean emailVerified, List<String> roles, boolean active,
                       String createdAt, String lastLoginAt, String timezone) {
}
