package dev.gatehouse.domain.throttle;

import dev.gatehouse.domain.shared.RequestOrigin;
import java.util.Locale;
import java.util.Objects;

/**
 * What attempts are counted against: a {@code scope} (which kind of attempt, counted per what)
 * and the value in it, such as an address as typed or a client ({@link #perClient}). Keys are compared as
 * written after lower-casing, so a guesser cannot win fresh attempts by changing case; whether an
 * account exists plays no part, so a locked-out unknown address answers as a known one does.
 */
public record ThrottleKey(ThrottleScope scope, String value) {

    public ThrottleKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    /** The key of a per-client {@code scope}: every per-client throttle counts the client as its {@link ClientBlock}. */
    public static ThrottleKey perClient(ThrottleScope scope, RequestOrigin origin) {
        return new ThrottleKey(scope, ClientBlock.of(origin.clientAddress()).value());
    }
}
