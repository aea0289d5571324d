package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record LoginRequest(String email, String password, Boolean rememberMe) {

    boolean rememberMeRequested() {
        return Boolean.TRUE.equals(rememberMe);
    }
}
