package dev.gatehouse.web.api;

public record SessionCreatedJson(String token, String expiresAt, String csrfToken, UserJson user) {
}
