package dev.gatehouse.web.api;

import dev.gatehouse.web.http.TrustedProxies;
import java.util.List;

/**
 * What the JSON API's filters take from the configuration: whose {@code X-Forwarded-For} to believe,
 * which other origins may call it from a browser, and how large a request body may be.
 */
public record ApiSettings(TrustedProxies trustedProxies, List<String> corsAllowedOrigins, long maxRequestBodyBytes) {

    public ApiSettings {
        corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
    }
}
