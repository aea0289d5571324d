package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyCodeRequest(String email, String code, Boolean rememberMe, String timezone) {

    boolean rememberMeRequested() {
        return Boolean.TRUE.equals(rememberMe);
    }
}
