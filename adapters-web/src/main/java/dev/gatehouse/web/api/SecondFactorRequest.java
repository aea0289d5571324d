package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The second step of a sign-in: the challenge of the first, and a code of the authenticator app or a recovery code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecondFactorRequest(String challenge, String code) {
}
