package dev.gatehouse.web.api;

public record CurrentSessionJson(UserJson user, String expiresAt, String csrfToken) {
}
