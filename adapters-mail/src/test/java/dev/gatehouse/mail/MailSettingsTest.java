package dev.gatehouse.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailSettingsTest {

    private static final URI BASE = URI.create("https://auth.example.org");

    @Test
    void acceptsSenderWithDisplayName() {
        MailSettings settings = new MailSettings("Gatehouse <no-reply@example.org>", "Acme", BASE);

        assertThat(settings.senderAddress().getAddress()).isEqualTo("no-reply@example.org");
        assertThat(settings.senderAddress().getPersonal()).isEqualTo("Gatehouse");
        assertThat(settings.senderDomain()).isEqualTo("example.org");
    }

    @Test
    void acceptsBareSender() {
        assertThat(new MailSettings("no-reply@example.org", "Acme", BASE).senderAddress().getPersonal()).isNull();
    }

    @Test
    void encodesNonAsciiDisplayNameForTheHeader() {
        MailSettings settings = new MailSettings("Gätehaus <no-reply@example.org>", "Acme", BASE);

        assertThat(settings.senderAddress().toString()).isEqualTo("=?UTF-8?Q?G=C3=A4tehaus?= <no-reply@example.org>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "no-reply@example.org\r\nBcc: victim@example.net",
        "no-reply@example.org\nBcc: victim@example.net",
        "Gatehouse\r\n <no-reply@example.org>",
        "no-reply@example.org\r",
    })
    void refusesSenderWithLineBreaks(String sender) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MailSettings(sender, "Acme", BASE))
                .withMessageContaining("line breaks");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "no-reply", "no-reply@example.org, other@example.org", "Team: a@example.org, b@example.org;",
        "not an address", "<>",
    })
    void refusesSenderThatIsNotOneAddress(String sender) {
        assertThatIllegalArgumentException().isThrownBy(() -> new MailSettings(sender, "Acme", BASE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Acme\r\nBcc: victim@example.net", "Acme\tCorp"})
    void refusesBlankProductNameOrOneWithControlCharacters(String productName) {
        assertThatIllegalArgumentException().isThrownBy(() -> new MailSettings("a@example.org", productName, BASE));
    }

    @Test
    void refusesOverlongProductName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MailSettings("a@example.org", "x".repeat(101), BASE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/relative", "auth.example.org", "ftp://auth.example.org", "javascript:alert(1)",
        "https://auth.example.org/?next=/x", "https://auth.example.org/#top", "https://user:pw@auth.example.org",
        "file:///etc/passwd",
    })
    void refusesBaseUrlThatIsNotAPlainWebUrl(String url) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MailSettings("a@example.org", "Acme", URI.create(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://auth.example.org/gate", "https://auth.example.org/gate/", "https://auth.example.org/gate//"})
    void dropsTrailingSlashesFromBaseUrl(String url) {
        assertThat(new MailSettings("a@example.org", "Acme", URI.create(url)).baseUrl())
                .isEqualTo(URI.create("https://auth.example.org/gate"));
    }

    @Test
    void keepsHttpBaseUrlWithPortForDevelopment() {
        assertThat(new MailSettings("a@example.org", "Acme", URI.create("http://localhost:8080")).baseUrl())
                .isEqualTo(URI.create("http://localhost:8080"));
    }
}
