package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A code of the authenticator app (or, to remove it, a recovery code). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TotpCodeRequest(String code) {
}
