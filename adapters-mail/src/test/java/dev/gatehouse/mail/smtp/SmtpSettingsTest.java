package dev.gatehouse.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmtpSettingsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void redactsPasswordInToString() {
        SmtpSettings settings = new SmtpSettings("smtp.example.org", 587, TlsMode.STARTTLS,
                Optional.of("relay"), Optional.of("s3cret-Pa55"), SECOND, SECOND, SECOND);

        assertThat(settings.toString())
                .doesNotContain("s3cret-Pa55")
                .contains("host=smtp.example.org", "port=587", "username=relay", "password=(redacted)");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65_536})
    void refusesPortOutOfRange(int port) {
        assertThatIllegalArgumentException().isThrownBy(() -> anonymous("smtp.example.org", port, SECOND));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "smtp.example.org\r\n", "smtp example.org"})
    void refusesMalformedHost(String host) {
        assertThatIllegalArgumentException().isThrownBy(() -> anonymous(host, 25, SECOND));
    }

    @Test
    void refusesZeroTimeoutBecauseJakartaMailReadsItAsInfinite() {
        assertThatIllegalArgumentException().isThrownBy(() -> anonymous("smtp.example.org", 25, Duration.ZERO));
    }

    @Test
    void refusesPasswordWithoutUsername() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SmtpSettings("smtp.example.org", 25,
                TlsMode.NONE, Optional.empty(), Optional.of("secret"), SECOND, SECOND, SECOND));
    }

    @Test
    void refusesUsernameWithLineBreak() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SmtpSettings("smtp.example.org", 25,
                TlsMode.NONE, Optional.of("relay\r\nRSET"), Optional.of("secret"), SECOND, SECOND, SECOND));
    }

    private static SmtpSettings anonymous(String host, int port, Duration timeout) {
        return new SmtpSettings(host, port, TlsMode.NONE, Optional.empty(), Optional.empty(), timeout, timeout, timeout);
    }
}
