package dev.gatehouse.web.page.controller;

import dev.gatehouse.domain.user.BrowserTimezone;
import java.time.ZoneId;
import java.util.Optional;

/** The browser's time zone, as our script fills it into a hidden form field. */
final class TimezoneField {

    private TimezoneField() {
    }

    static Optional<ZoneId> parse(String raw) {
        return BrowserTimezone.parse(raw);
    }

    /** A time zone to carry along in a hidden field: only one that {@link #parse} accepts. */
    static String kept(String raw) {
        return parse(raw).map(ZoneId::getId).orElse("");
    }
}
