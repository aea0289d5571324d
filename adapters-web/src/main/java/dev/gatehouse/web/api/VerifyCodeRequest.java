package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
/** {@code registration}: the token a registration answered with, to keep the password set with it. */
public record VerifyCodeRequest(String email, String code, Boolean rememberMe, String timezone, String registration) {

    boolean rememberMeRequested() {
        return Boolean.TRUE.equals(rememberMe);
    }
}
