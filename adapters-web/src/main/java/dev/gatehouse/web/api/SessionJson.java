package dev.gatehouse.web.api;

public record SessionJson(String id, String createdAt, String lastSeenAt, String userAgent, boolean current) {
}
