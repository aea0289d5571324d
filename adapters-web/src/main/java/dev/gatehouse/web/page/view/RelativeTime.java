package dev.gatehouse.web.page.view;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago (or how soon) a moment is, as people say it: "just now", "2 minutes ago", "in 3
 * days", in the largest whole unit. The exact time goes beside it ({@link ShownTime}).
 */
final class RelativeTime {

    private RelativeTime() {
    }

    static String between(Instant moment, Instant now) {
        Duration distance = Duration.between(moment, now);
        boolean future = distance.isNegative();
        long seconds = distance.abs().getSeconds();
        if (seconds < 60) {
            return future ? "in less than a minute" : "just now";
        }
        String amount = amount(seconds);
        return future ? "in " + amount : amount + " ago";
    }

    private static String amount(long seconds) {
        long minutes = seconds / 60;
        long hours = minutes / 60;
        long days = hours / 24;
        if (minutes < 60) {
            return count(minutes, "minute");
        }
        if (hours < 24) {
            return count(hours, "hour");
        }
        if (days < 30) {
            return count(days, "day");
        }
        if (days < 365) {
            return count(days / 30, "month");
        }
        return count(days / 365, "year");
    }

    private static String count(long number, String unit) {
        return number + " " + unit + (number == 1 ? "" : "s");
    }
}
