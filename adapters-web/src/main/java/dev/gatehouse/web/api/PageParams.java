package dev.gatehouse.web.api;

import dev.gatehouse.web.problem.FieldError;
import java.util.List;

/** {@code offset} and {@code limit} of a paged list, read from the query string. */
record PageParams(int offset, int limit) {

    /** Blank means the default; anything else out of range or not a number is added to {@code errors}. */
    static PageParams parse(String offset, String limit, int defaultLimit, int maxLimit, List<FieldError> errors) {
        return new PageParams(number("offset", offset, 0, 0, Integer.MAX_VALUE, errors),
                number("limit", limit, defaultLimit, 1, maxLimit, errors));
    }

    private static int number(String field, String raw, int fallback, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(new FieldError(field, max == Integer.MAX_VALUE
                ? "Must be a whole number of at least " + min
                : "Must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
