package dev.gatehouse.web.page.view;

import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A moment as a page shows it: readable text in the user's time zone (UTC when they set none), the
 * exact moment in that zone for the {@code <time datetime>} attribute (ISO-8601 with its offset),
 * and how long ago it was ("2 minutes ago"), for lists where that says more than the clock time.
 */
public record ShownTime(String iso, String text, String relative) {

    /** Named, not {@code ZoneOffset.UTC}, so the text says "UTC" rather than "Z". */
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    /** Relative to now by the system clock; pages that show relative times pass their own clock's now. */
    static ShownTime of(Instant instant, User viewer) {
        return of(instant, viewer, Instant.now());
    }

    public static ShownTime of(Instant instant, User viewer, Instant now) {
        ZonedDateTime local = instant.truncatedTo(ChronoUnit.SECONDS).atZone(viewer.timezone().orElse(UTC));
        return new ShownTime(ISO.format(local), TEXT.format(local), RelativeTime.between(instant, now));
    }
}
