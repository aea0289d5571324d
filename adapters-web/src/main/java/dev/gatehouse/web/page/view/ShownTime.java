package dev.gatehouse.web.page.view;

import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A moment as a page shows it: readable text in the user's time zone (UTC when they set none) and
 * the exact ISO-8601 instant for the {@code <time datetime>} attribute.
 */
public record ShownTime(String iso, String text) {

    /** Named, not {@code ZoneOffset.UTC}, so the text says "UTC" rather than "Z". */
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

    static ShownTime of(Instant instant, User viewer) {
        ZoneId zone = viewer.timezone().orElse(UTC);
        return new ShownTime(instant.truncatedTo(ChronoUnit.SECONDS).toString(), TEXT.format(instant.atZone(zone)));
    }
}
