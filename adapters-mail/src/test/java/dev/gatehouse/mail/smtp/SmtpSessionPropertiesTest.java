package dev.gatehouse.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSessionPropertiesTest {

    @Test
    void plainConnectionEnablesNeitherStartTlsNorSsl() {
        Properties properties = SmtpSessionProperties.of(settings(TlsMode.NONE));

        assertThat(properties)
                .containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.starttls.required", "false")
                .containsEntry("mail.smtp.ssl.enable", "false")
                .doesNotContainKey("mail.smtp.ssl.checkserveridentity");
    }

    @Test
    void startTlsIsRequiredNotOpportunistic() {
        Properties properties = SmtpSessionProperties.of(settings(TlsMode.STARTTLS));

        assertThat(properties)
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.enable", "false")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
    }

    @Test
    void implicitTlsSpeaksTlsFromTheFirstByte() {
        Properties properties = SmtpSessionProperties.of(settings(TlsMode.IMPLICIT));

        assertThat(properties)
                .containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true");
    }

    @Test
    void passesEveryTimeoutInMilliseconds() {
        Properties properties = SmtpSessionProperties.of(settings(TlsMode.NONE));

        assertThat(properties)
                .containsEntry("mail.smtp.connectiontimeout", "1500")
                .containsEntry("mail.smtp.timeout", "2500")
                .containsEntry("mail.smtp.writetimeout", "3500");
    }

    @Test
    void authenticatesOnlyWhenAUsernameIsConfigured() {
        SmtpSettings anonymous = settings(TlsMode.NONE);
        SmtpSettings withUser = new SmtpSettings("smtp.example.org", 587, TlsMode.STARTTLS,
                Optional.of("relay"), Optional.of("secret"),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(SmtpSessionProperties.of(anonymous)).containsEntry("mail.smtp.auth", "false");
        assertThat(SmtpSessionProperties.of(withUser)).containsEntry("mail.smtp.auth", "true");
    }

    @Test
    void neverPutsThePasswordIntoTheProperties() {
        SmtpSettings withUser = new SmtpSettings("smtp.example.org", 587, TlsMode.STARTTLS,
                Optional.of("relay"), Optional.of("s3cret-Pa55"),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(SmtpSessionProperties.of(withUser).values()).doesNotContain("s3cret-Pa55");
    }

    private static SmtpSettings settings(TlsMode tls) {
        return new SmtpSettings("smtp.example.org", 587, tls, Optional.empty(), Optional.empty(),
                Duration.ofMillis(1500), Duration.ofMillis(2500), Duration.ofMillis(3500));
    }
}
