package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import io.dropwizard.validation.ValidationMethod;
import java.util.Optional;

/**
 * The first administrator of an installation where nobody can run {@code create-admin} (a container
 * started by an orchestrator): {@code email} becomes an administrator at start while no active
 * administrator exists, and is mailed a sign-in code. Empty (the default): nothing happens.
 */
public class BootstrapAdminFactory {

    @JsonProperty
    private String email = "";

    /** The address, when one is set; an invalid one stops the start ({@link #isEmailAnAddress}). */
    public Optional<EmailAddress> email() {
        return email == null || email.isBlank() ? Optional.empty() : Optional.of(EmailAddress.of(email));
    }

    @ValidationMethod(message = "bootstrapAdmin.email is not an email address")
    @JsonIgnore
    public boolean isEmailAnAddress() {
        try {
            email();
            return true;
        } catch (InvalidEmailAddressException invalid) {
            return false;
        }
    }
}
