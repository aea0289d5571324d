package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Only these two fields are read: a {@code "roles"} or {@code "id"} sent along has no effect. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationRequest(String email, String password) {
}
