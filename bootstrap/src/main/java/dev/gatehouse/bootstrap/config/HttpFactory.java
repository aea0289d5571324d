package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.NotNull;

public class HttpFactory {

    @JsonProperty
    @NotNull
    private DataSize maxRequestBodySize = DataSize.kibibytes(64);

    public long maxRequestBodyBytes() {
        return maxRequestBodySize.toBytes();
    }
}
