package dev.gatehouse.application.port.in.admin;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the account list. {@code emailContains} is matched, case-insensitively, anywhere in
 * the normalised address; blank means no filter.
 */
public record ListUsersQuery(int offset, int limit, Optional<String> emailContains) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_SEARCH_LENGTH = 254;

    public ListUsersQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        Objects.requireNonNull(emailContains, "emailContains");
        emailContains = emailContains.map(String::strip).filter(term -> !term.isEmpty())
                .map(term -> term.toLowerCase(Locale.ROOT));
        if (emailContains.isPresent() && emailContains.get().length() > MAX_SEARCH_LENGTH) {
            throw new IllegalArgumentException("the search is at most " + MAX_SEARCH_LENGTH + " characters");
        }
    }
}
