package dev.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    @TempDir
    Path directory;

    @Test
    void writesDottedKeysAsNestedYaml() throws Exception {
        Path file = new AppSettings()
                .set("mail.smtp.port", 2525)
                .set("mail.smtp.tls", "none")
                .set("mail.transport", "smtp")
                .set("server.adminConnectors", List.of(Map.of("port", 0)))
                .writeTo(directory.resolve("app.yml"));

        assertThat(Files.readString(file)).isEqualToIgnoringNewLines("""
                ---
                mail:
                  smtp:
                    port: 2525
                    tls: "none"
                  transport: "smtp"
                server:
                  adminConnectors:
                  - port: 0
                """);
    }

    @Test
    void aLaterValueReplacesAnEarlierOne() throws Exception {
        Path file = new AppSettings().set("passwords.minLength", 12).set("passwords.minLength", "20")
                .writeTo(directory.resolve("app.yml"));

        assertThat(Files.readString(file)).contains("minLength: \"20\"").doesNotContain("12");
    }

    @Test
    void aCopyChangesIndependently() throws Exception {
        AppSettings original = new AppSettings().set("database.url", "jdbc:mysql://one/db");
        original.copy().set("database.url", "jdbc:mysql://two/db");

        assertThat(Files.readString(original.writeTo(directory.resolve("app.yml")))).contains("//one/db");
    }

    @Test
    void refusesKeysThatAreNotSettings() {
        AppSettings settings = new AppSettings().set("serviceName", "Gatehouse");

        assertThatIllegalArgumentException().isThrownBy(() -> settings.set("serviceName.inner", "x"))
                .withMessageContaining("serviceName is a value");
        assertThatIllegalArgumentException().isThrownBy(() -> settings.set(".mail", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> settings.set(" ", "x"));
    }
}
