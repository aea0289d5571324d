package dev.gatehouse.domain.throttle;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A browser's proof that it signed in to an account before (OWASP's "device cookie"). Sign-ins
 * from such a browser are throttled on their own count instead of the account's, so someone who
 * only knows the address cannot lock its owner out by failing on purpose. It proves nothing about
 * identity: the password or code is still checked.
 */
public final class DeviceToken {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{22,200}");

    private final String value;

    private DeviceToken(String value) {
        this.value = value;
    }

    public static DeviceToken of(String value) {
        return parse(Objects.requireNonNull(value, "value"))
                .orElseThrow(() -> new IllegalArgumentException("not a device token"));
    }

    /** Reads a token a client presented; anything not shaped like one is empty. */
    public static Optional<DeviceToken> parse(String presented) {
        if (presented == null || !BASE64URL.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(new DeviceToken(presented));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeviceToken that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "DeviceToken[redacted]";
    }
}
