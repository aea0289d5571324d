package dev.gatehouse.web.api;

import java.util.List;

/** Body of {@code PUT /api/admin/users/{id}/roles}: the complete new role set, by wire id. */
public record RolesRequest(List<String> roles) {
}
