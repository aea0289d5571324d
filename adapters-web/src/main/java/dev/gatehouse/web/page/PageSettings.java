package dev.gatehouse.web.page;

import dev.gatehouse.web.http.ReturnToOrigins;
import java.util.Objects;

/**
 * What pages show from the configuration: the service's name, the password length to ask for, and
 * the origins of the apps a {@code return_to} may send a person back to after signing in or out.
 */
public record PageSettings(String serviceName, int passwordMinLength, ReturnToOrigins returnToOrigins) {

    public PageSettings {
        Objects.requireNonNull(returnToOrigins, "returnToOrigins");
    }

    public PageSettings(String serviceName, int passwordMinLength) {
        this(serviceName, passwordMinLength, ReturnToOrigins.none());
    }
}
