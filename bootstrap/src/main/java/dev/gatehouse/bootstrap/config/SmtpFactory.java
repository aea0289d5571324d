package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.mail.smtp.SmtpSettings;
import dev.gatehouse.mail.smtp.TlsMode;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

public class SmtpFactory {

    @JsonProperty
    private String host = "localhost";

    @JsonProperty
    @Min(1)
    @Max(65535)
    private int port = 587;

    /** NONE, STARTTLS (required, never opportunistic) or IMPLICIT (SMTPS, usually port 465). */
    @JsonProperty
    @NotNull
    private TlsMode tls = TlsMode.STARTTLS;

    @JsonProperty
    private String username = "";

    @JsonProperty
    private String password = "";

    @JsonProperty
    @NotNull
    private Duration connectTimeout = Duration.seconds(5);

    @JsonProperty
    @NotNull
    private Duration readTimeout = Duration.seconds(10);

    @JsonProperty
    @NotNull
    private Duration writeTimeout = Duration.seconds(10);

    public SmtpSettings settings() {
        return new SmtpSettings(host, port, tls, nonEmpty(username), nonEmpty(password),
                connectTimeout.toJavaDuration(), readTimeout.toJavaDuration(), writeTimeout.toJavaDuration());
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
