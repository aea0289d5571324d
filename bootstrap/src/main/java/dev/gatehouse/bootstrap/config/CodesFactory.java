package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.domain.code.CodeRules;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** One-time codes for passwordless sign-in and password reset. */
public class CodesFactory {

    /** At most ten minutes (OWASP ASVS 6.5.5); longer values are refused at start. */
    @JsonProperty
    @NotNull
    private Duration validity = Duration.minutes(10);

    @JsonProperty
    @NotNull
    private Duration resendInterval = Duration.seconds(30);

    @JsonProperty
    @Min(1)
    @Max(100)
    private int maxAccountFailuresPerHour = 100;

    /** Whether asking for a code for an unknown address creates a pending account. */
    @JsonProperty
    private boolean selfSignup = true;

    @JsonProperty
    @NotNull
    private Duration pendingAccountMaxAge = Duration.days(7);

    /**
     * Base64 of the HMAC key that codes are hashed with (32 bytes or more). Empty: the key is read
     * from {@link #keyFile}, created there with a CSPRNG on first start.
     */
    @JsonProperty
    private String hashKey = "";

    @JsonProperty
    @NotBlank
    private String keyFile = "./data/keys/code-hash.key";

    public CodeRules rules() {
        return new CodeRules(validity.toJavaDuration(), resendInterval.toJavaDuration(), maxAccountFailuresPerHour,
                java.time.Duration.ofHours(1));
    }

    public boolean selfSignup() {
        return selfSignup;
    }

    public java.time.Duration pendingAccountMaxAge() {
        return pendingAccountMaxAge.toJavaDuration();
    }

    public String hashKey() {
        return hashKey;
    }

    public String keyFile() {
        return keyFile;
    }
}
