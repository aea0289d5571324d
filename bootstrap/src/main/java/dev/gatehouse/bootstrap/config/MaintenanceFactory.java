package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

public class MaintenanceFactory {

    /** How often expired sessions, codes and stale pending accounts are purged (by one node at a time). */
    @JsonProperty
    @NotNull
    private Duration purgeInterval = Duration.minutes(10);

    /** How long audit events are kept before the purge removes them. */
    @JsonProperty
    @NotNull
    private Duration auditRetention = Duration.days(400);

    public java.time.Duration auditRetention() {
        return auditRetention.toJavaDuration();
    }

    public java.time.Duration purgeInterval() {
        return purgeInterval.toJavaDuration();
    }
}
