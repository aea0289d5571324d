package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record PasswordChangeRequest(String currentPassword, String newPassword) {
}
