package dev.gatehouse.domain.user;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The IANA time zone a browser reports, recorded on the account when a code activates it. It is a
 * display preference, so anything unknown or oversized is ignored rather than refused.
 */
public final class BrowserTimezone {

    private static final int MAX_LENGTH = 64;

    private BrowserTimezone() {
    }

    public static Optional<ZoneId> parse(String reported) {
        if (reported == null || reported.isBlank() || reported.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(reported.strip()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
