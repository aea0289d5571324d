package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code secondFactorEnrolmentRequired}: present (true) only when the account's role requires a
 * second factor it has not set up; until it does, other requests answer 403.
 */
public record SessionCreatedJson(String token, String expiresAt, String csrfToken, UserJson user,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Boolean secondFactorEnrolmentRequired) {
}
