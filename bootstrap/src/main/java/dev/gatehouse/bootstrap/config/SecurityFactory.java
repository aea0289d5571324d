package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.domain.mfa.RecentAuthentication;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/** Rules across features: how recent an authentication sensitive actions need (sudo mode). */
public class SecurityFactory {

    @JsonProperty
    @NotNull
    private Duration recentAuthentication = Duration.minutes(10);

    public RecentAuthentication recentAuthentication() {
        return new RecentAuthentication(recentAuthentication.toJavaDuration());
    }
}
