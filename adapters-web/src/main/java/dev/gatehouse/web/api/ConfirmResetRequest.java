package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmResetRequest(String email, String code, String newPassword) {
}
