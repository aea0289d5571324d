package dev.gatehouse.bootstrap.config;

import java.time.Duration;

/** {@code sessions.cacheTtl} and {@code sessions.cacheMaxEntries}: how long and how many session checks a node keeps. */
public record SessionCacheSettings(Duration ttl, long maxEntries) {

    public SessionCacheSettings {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("sessions.cacheTtl must not be negative");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("sessions.cacheMaxEntries must be at least 1");
        }
    }

    public boolean enabled() {
        return !ttl.isZero();
    }
}
