package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.domain.article.ReadingMeter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The metered-article example. */
public class ArticlesFactory {

    /** How many different articles one session reads before it is asked to subscribe (402). */
    @JsonProperty
    @Min(0)
    @Max(ReadingMeter.MAX_ALLOWANCE)
    private int freeReadsPerSession = 5;

    public int freeReadsPerSession() {
        return freeReadsPerSession;
    }
}
