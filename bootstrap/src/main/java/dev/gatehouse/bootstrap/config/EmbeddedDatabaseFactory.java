package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The embedded MariaDB for development: when enabled, it is started before anything needs the
 * database and {@code database.url}, {@code user} and {@code password} are set from it.
 */
public class EmbeddedDatabaseFactory {

    @JsonProperty
    private boolean enabled = false;

    @JsonProperty
    @NotBlank
    private String dataDir = "./data/mariadb";

    /** 0 picks a free port at every start. */
    @JsonProperty
    @Min(0)
    @Max(65535)
    private int port = 0;

    @JsonProperty
    @Pattern(regexp = "[a-z][a-z0-9_]{0,63}")
    private String databaseName = "gatehouse";

    public boolean isEnabled() {
        return enabled;
    }

    public String getDataDir() {
        return dataDir;
    }

    public int getPort() {
        return port;
    }

    public String getDatabaseName() {
        return databaseName;
    }
}
