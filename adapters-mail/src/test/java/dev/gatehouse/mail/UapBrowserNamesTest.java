package dev.gatehouse.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UapBrowserNamesTest {

    private static final UapBrowserNames NAMES = UapBrowserNames.shared();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0 | Edge on Windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0 | Opera on Windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 | Chrome on Windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0 | Firefox on Windows",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15 | Safari on macOS",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 | Chrome on macOS",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0 | Firefox on macOS",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0 | Edge on macOS",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 | Chrome on Linux",
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0 | Firefox on Linux",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/130.0.0.0 Chrome/130.0.0.0 Safari/537.36 | Chromium on Linux",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 | Chrome on Android",
        "Mozilla/5.0 (Android 15; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0 | Firefox on Android",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36 | Samsung Internet on Android",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0 | Edge on Android",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 OPR/86.0.0.0 | Opera on Android",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1 | Safari on iPhone",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1 | Chrome on iPhone",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15 | Firefox on iPhone",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 EdgiOS/131.0.2903.68 Mobile/15E148 Safari/605.1.15 | Edge on iPhone",
        "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1 | Safari on iPad",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/150.0.0.0 Safari/537.36 | Chrome on Linux",
        "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 | Chrome on ChromeOS",
        "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko | Internet Explorer on Windows",
        "curl/8.5.0 | curl (not a web browser)",
        "Wget/1.21.4 | Wget (not a web browser)",
        "python-requests/2.32.3 | a Python program (not a web browser)",
        "Java-http-client/17.0.13 | a Java program (not a web browser)",
        "PostmanRuntime/7.42.0 | Postman (not a web browser)",
        "Go-http-client/2.0 | a Go program (not a web browser)",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) SomethingNew/1.0 | an unknown browser on Windows",
        "Mozilla/5.0 (Linux; Android 14) SomethingNew/1.0 | an unknown browser on Android",
        "SomethingNobodyKnows/0.1 | an unknown browser",
    })
    void namesCommonBrowsersAndSystemsAsPeopleKnowThem(String userAgent, String expected) {
        assertThat(NAMES.nameOf(Optional.of(userAgent))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aClientThatSendsNoNameIsSaidToHaveSentNone(String blank) {
        assertThat(NAMES.nameOf(Optional.of(blank))).isEqualTo(UapBrowserNames.UNNAMED);
        assertThat(NAMES.nameOf(Optional.empty())).isEqualTo(UapBrowserNames.UNNAMED);
    }

    @Test
    void neverRepeatsTextFromTheAgentSoACraftedOneCannotWriteIntoTheMail() {
        String crafted = "Mozilla/5.0 (Windows NT 10.0; rv:133.0) Gecko/20100101 Firefox/133.0 "
                + "<a href=\"https://evil.example\">Click here to keep your account</a> EvilBrowser/1.0";

        String named = NAMES.nameOf(Optional.of(crafted));

        assertThat(named).isEqualTo("Firefox on Windows").doesNotContain("evil", "Click", "<");
    }

    @Test
    void anAgentOfNoKnownBrowserIsUnknownRatherThanWhateverItCallsItself() {
        assertThat(NAMES.nameOf(Optional.of("Mozilla/5.0 (Windows NT 10.0) ClickHereToKeepYourAccount/1.0")))
                .isEqualTo("an unknown browser on Windows");
    }

    @Test
    void anOverlongAgentIsCutBeforeParsing() {
        String endless = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0 "
                + "x".repeat(100_000);

        assertThat(NAMES.nameOf(Optional.of(endless))).isEqualTo("Firefox on Windows");
    }
}
