package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code password} is left out by an account that has none (it signed in by code just before). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailChangeRequest(String newEmail, String password) {
}
