package dev.gatehouse.web.page;

import java.util.Optional;

/**
 * Where a person may be sent after signing in: only a path on this site. Anything a browser could
 * read as another origin is refused: a scheme ({@code https://evil.org}), a host ({@code //evil.org}),
 * a backslash (browsers read {@code /\evil.org} as {@code //evil.org}), and control characters or
 * spaces (browsers drop tabs and newlines, so {@code /<TAB>/evil.org} would become {@code //evil.org}).
 * The value arrives percent-decoded once, so {@code %2F%2Fevil.org} is refused as {@code //evil.org}.
 */
final class LocalPath {

    static final String DASHBOARD = "/dashboard";
    private static final int MAX_LENGTH = 2048;

    private LocalPath() {
    }

    static Optional<String> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/' || candidate.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of(candidate);
    }

    static String orDashboard(String candidate) {
        return of(candidate).orElse(DASHBOARD);
    }
}
