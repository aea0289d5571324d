package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.mail.MailSettings;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;

public class MailFactory {

    public enum Transport { LOG, SMTP }

    /** {@code log} prints each message, code included, to the log: for development only. */
    @JsonProperty
    @NotNull
    private Transport transport = Transport.LOG;

    @JsonProperty
    @NotBlank
    private String sender = "Gatehouse <no-reply@localhost>";

    /** Where links in mails point; never taken from a request's Host header. */
    @JsonProperty
    @NotBlank
    private String baseUrl = "http://localhost:8080";

    /** How often the outbox is checked for mail to deliver. */
    @JsonProperty
    @NotNull
    private Duration deliveryInterval = Duration.seconds(2);

    @Valid
    @NotNull
    @JsonProperty
    private SmtpFactory smtp = new SmtpFactory();

    public Transport transport() {
        return transport;
    }

    public MailSettings settings(String productName) {
        return new MailSettings(sender, productName, URI.create(baseUrl));
    }

    public java.time.Duration deliveryInterval() {
        return deliveryInterval.toJavaDuration();
    }

    public SmtpFactory smtp() {
        return smtp;
    }
}
