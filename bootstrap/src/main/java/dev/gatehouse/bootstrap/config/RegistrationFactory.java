package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How registration treats addresses nobody has proven yet. With {@code requireVerifiedEmail} (the
 * default) a registration waits for a code sent to the address, answers alike for new and taken
 * addresses, and a password signs in only once the address is proven. Turned off, registration
 * opens the account at once and answers 409 for a taken address, which tells anyone which
 * addresses have accounts.
 */
public class RegistrationFactory {

    @JsonProperty
    private boolean requireVerifiedEmail = true;

    public boolean requireVerifiedEmail() {
        return requireVerifiedEmail;
    }
}
