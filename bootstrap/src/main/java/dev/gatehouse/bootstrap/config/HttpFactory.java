package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.web.http.ReturnToOrigins;
import dev.gatehouse.web.http.TrustedProxies;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.NotNull;
import java.util.List;

public class HttpFactory {

    @JsonProperty
    @NotNull
    private DataSize maxRequestBodySize = DataSize.kibibytes(64);

    /**
     * Proxies (addresses or CIDR blocks) whose {@code X-Forwarded-For} names the client. Empty by
     * default: the client is the socket peer, and the header is ignored.
     */
    @JsonProperty
    @NotNull
    private List<String> trustedProxies = List.of();

    /**
     * Origins (scheme://host[:port]) whose browser requests are let through, with CORS headers.
     * Empty by default: cross-origin browser requests are refused.
     */
    @JsonProperty
    @NotNull
    private List<String> corsAllowedOrigins = List.of();

    /**
     * Origins (scheme://host[:port]) of the apps Gatehouse stands in front of (forward authentication):
     * a {@code return_to} URL on one of them is honoured after sign-in and sign-out, and their pages may
     * post to ours. Empty by default: {@code return_to} is ignored.
     */
    @JsonProperty
    @NotNull
    private List<String> returnToOrigins = List.of();

    /** @throws IllegalArgumentException for an entry that is not an origin */
    public ReturnToOrigins returnToOrigins() {
        return ReturnToOrigins.of(returnToOrigins);
    }

    public List<String> corsAllowedOrigins() {
        return corsAllowedOrigins;
    }

    public long maxRequestBodyBytes() {
        return maxRequestBodySize.toBytes();
    }

    /** @throws IllegalArgumentException for an entry that is not an address or CIDR block */
    public TrustedProxies trustedProxies() {
        return TrustedProxies.of(trustedProxies);
    }
}
