package dev.gatehouse.application.port.out;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a message tells besides its code: when it happened, from which browser (the user agent as the
 * client sent it; the mail adapter names the browser), the other address of a change (already masked
 * where the wording shows it partly), and the owner's time zone, for showing the time as they read it.
 */
public record MailFacts(Instant occurredAt, Optional<String> userAgent, Optional<String> otherAddress,
                        Optional<ZoneId> timezone) {

    public MailFacts {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(otherAddress, "otherAddress");
        Objects.requireNonNull(timezone, "timezone");
    }

    /** Only the time: for messages that need nothing else. */
    public static MailFacts at(Instant occurredAt) {
        return new MailFacts(occurredAt, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public MailFacts fromBrowser(Optional<String> agent) {
        return new MailFacts(occurredAt, agent, otherAddress, timezone);
    }

    public MailFacts naming(String address) {
        return new MailFacts(occurredAt, userAgent, Optional.of(address), timezone);
    }

    public MailFacts inZone(Optional<ZoneId> zone) {
        return new MailFacts(occurredAt, userAgent, otherAddress, zone);
    }
}
