package dev.gatehouse.application.testing;

import dev.gatehouse.domain.shared.RequestOrigin;

/** Request origins for tests: fixed documentation addresses (RFC 5737) and real-looking agents. */
public final class TestOrigins {

    public static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";
    public static final RequestOrigin BROWSER = RequestOrigin.of("198.51.100.7", FIREFOX);
    public static final RequestOrigin OTHER_CLIENT = RequestOrigin.of("203.0.113.50", "curl/8.5.0");

    private TestOrigins() {
    }
}
