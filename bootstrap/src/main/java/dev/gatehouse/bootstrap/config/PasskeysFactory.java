package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Passkeys (WebAuthn): the relying party they are made for and the origins the pages are served
 * from, both from configuration only, never from a request's Host. Left empty, both follow the
 * public base URL ({@code mail.baseUrl}): its host is the relying-party id, its origin the one origin.
 */
public class PasskeysFactory {

    /**
     * The relying-party id: a domain, the pages' host or a parent of it. Passkeys are bound to it
     * for good: changing it later orphans every passkey registered under the old one. Empty or
     * absent: the public base URL's host.
     */
    @JsonProperty
    private String rpId;

    /** Every origin ({@code https://host[:port]}) the sign-in and account pages are served from. */
    @JsonProperty
    @NotNull
    private List<String> origins = List.of();

    /** How long the options of one ceremony may be answered. */
    @JsonProperty
    @NotNull
    @MinDuration(value = 30, unit = TimeUnit.SECONDS)
    @MaxDuration(value = 30, unit = TimeUnit.MINUTES)
    private Duration challengeLifetime = Duration.minutes(5);

    /**
     * What the settings come to, checked: each origin must lie under the relying-party id, and each
     * origin configured here must be {@code https} (or {@code http} on localhost).
     */
    public Resolved resolve(String publicBaseUrl) {
        URI base = URI.create(publicBaseUrl);
        String id = (rpId == null || rpId.isBlank() ? base.getHost() : rpId.strip()).toLowerCase(Locale.ROOT);
        List<URI> resolvedOrigins = origins.isEmpty() ? List.of(originOf(base)) : origins.stream()
                .map(URI::create).map(PasskeysFactory::originOf).toList();
        for (URI origin : resolvedOrigins) {
            String host = origin.getHost().toLowerCase(Locale.ROOT);
            if (!host.equals(id) && !host.endsWith("." + id)) {
                throw new IllegalArgumentException("passkeys.origins: " + origin + " is not on passkeys.rpId " + id
                        + " or a subdomain of it");
            }
            boolean local = host.equals("localhost") || host.endsWith(".localhost");
            // Only origins named on purpose must be secure: a plain-http public base URL (a trial
            // behind no TLS) starts the server all the same, browsers just offer no passkeys there.
            if (!origins.isEmpty() && !origin.getScheme().equals("https") && !local) {
                throw new IllegalArgumentException("passkeys.origins: " + origin
                        + " is not https; browsers offer passkeys on secure origins only (http only on localhost)");
            }
        }
        return new Resolved(id, resolvedOrigins, challengeLifetime.toJavaDuration());
    }

    private static URI originOf(URI url) {
        if (url.getScheme() == null || url.getHost() == null
                || !(url.getScheme().equals("https") || url.getScheme().equals("http"))) {
            throw new IllegalArgumentException("passkeys: not an http(s) origin: " + url);
        }
        return URI.create(url.getScheme() + "://" + url.getHost().toLowerCase(Locale.ROOT)
                + (url.getPort() == -1 ? "" : ":" + url.getPort()));
    }

    public record Resolved(String rpId, List<URI> origins, java.time.Duration challengeLifetime) {
    }
}
