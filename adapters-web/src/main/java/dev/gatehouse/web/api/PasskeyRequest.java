package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A browser's answer to a passkey ceremony: {@code credential} is what {@code PublicKeyCredential.toJSON()}
 * gives, passed on as written; {@code name} names a new passkey, {@code rememberMe} asks a sign-in to stay.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasskeyRequest(String name, JsonNode credential, Boolean rememberMe) {

    /** Larger than any honest credential (an RSA key and a long id come to about 3 KB). */
    static final int MAX_CREDENTIAL_CHARS = 16 * 1024;

    boolean rememberMeRequested() {
        return Boolean.TRUE.equals(rememberMe);
    }
}
