package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The password, or for an account without one, a sign-in code just mailed to its address. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteAccountRequest(String password, String code) {
}
