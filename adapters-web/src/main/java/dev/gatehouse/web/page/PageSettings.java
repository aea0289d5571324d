package dev.gatehouse.web.page;

import dev.gatehouse.web.http.ReturnToOrigins;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What pages show from the configuration: the service's name, the password length to ask for, the
 * origins of the apps a {@code return_to} may send a person back to after signing in or out, how
 * long a plain session stays valid unused (the sessions page tells that a closed browser's session
 * lasts that long), how soon a new code may follow the last (the code pages say so), and the clock relative times ("2 minutes ago") are counted from.
 */
public record PageSettings(String serviceName, int passwordMinLength, ReturnToOrigins returnToOrigins,
                           Duration idleTimeout, Duration codeResendInterval, Clock clock) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_CODE_RESEND_INTERVAL = Duration.ofSeconds(30);

    public PageSettings {
        Objects.requireNonNull(returnToOrigins, "returnToOrigins");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(codeResendInterval, "codeResendInterval");
        Objects.requireNonNull(clock, "clock");
    }

    public PageSettings(String serviceName, int passwordMinLength, ReturnToOrigins returnToOrigins) {
        this(serviceName, passwordMinLength, returnToOrigins, DEFAULT_IDLE_TIMEOUT, DEFAULT_CODE_RESEND_INTERVAL,
                Clock.systemUTC());
    }

    public PageSettings(String serviceName, int passwordMinLength) {
        this(serviceName, passwordMinLength, ReturnToOrigins.none());
    }
}
