package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Exactly one of the password and a code of the authenticator app. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReauthenticateRequest(String password, String code) {
}
