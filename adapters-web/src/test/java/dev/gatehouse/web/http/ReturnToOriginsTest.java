package dev.gatehouse.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnToOriginsTest {

    private static final ReturnToOrigins APPS = ReturnToOrigins.of(List.of("https://app.example.org",
            "http://localhost:8443/", "HTTPS://Wiki.Example.org:443"));

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.org", "https://app.example.org/", "https://app.example.org/notes?a=1&b=2",
        "https://app.example.org:443/x", "HTTPS://APP.Example.ORG/Case", "http://localhost:8443/app/",
        "https://wiki.example.org/page#section", "https://wiki.example.org/a%20b"})
    void honoursUrlsOnTheConfiguredOriginsAsTheyAre(String url) {
        assertThat(APPS.returnTo(url)).map(ReturnTo::value).contains(url);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//app.example.org/x", "///app.example.org", "/dashboard", "app.example.org/x",
        "https://evil.example", "https://evil@app.example.org/", "https://app.example.org@evil.example/",
        "https://app.example.org:@evil.example", "https://user:pw@app.example.org/", "javascript:alert(1)",
        "JavaScript://app.example.org/%0aalert(1)", "data:text/html,hi", "ftp://app.example.org/",
        "https://app.example.org.evil.example/", "https://evilapp.example.org/", "https://example.org/",
        "http://app.example.org/", "https://app.example.org:8443/", "http://localhost:8444/", "http://localhost/",
        "https://localhost:8443/", "https:app.example.org", "https:/app.example.org/x", "https://app.example.org\\@evil.example",
        "https://app.example.org/\tx", " https://app.example.org/", "https://app.example.org/\n", "https://app.exa\u00a0mple.org/",
        "https://\u0430pp.example.org/", "https://app.example.org/caf\u00e9", "https://app.example.org/%zz",
        "https://app.example.org/\"><script>", "https://[::1]/"})
    void ignoresEverythingElseWithoutAnError(String candidate) {
        assertThat(APPS.returnTo(candidate)).isEmpty();
    }

    @Test
    void honoursNothingWithoutConfiguredOrigins() {
        assertThat(ReturnToOrigins.none().returnTo("https://app.example.org/")).isEmpty();
        assertThat(ReturnToOrigins.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void refusesUrlsLongerThanALocationHeaderShouldCarry() {
        String path = "/" + "a".repeat(ReturnToOrigins.MAX_LENGTH);
        assertThat(APPS.returnTo("https://app.example.org" + path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.example.org", "https://app.example.org/path", "https://app.example.org?x", "//app.example.org",
        "ftp://app.example.org", "https://user@app.example.org", "https://", "*", "https://app.example.org#x"})
    void refusesAConfiguredEntryThatIsNoOrigin(String entry) {
        assertThatThrownBy(() -> ReturnToOrigins.of(List.of(entry))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry);
    }

    @Test
    void letsThroughTheOriginHeaderOfAConfiguredAppOnly() {
        assertThat(APPS.allowsOrigin("https://app.example.org")).isTrue();
        assertThat(APPS.allowsOrigin("https://APP.example.org:443")).isTrue();
        assertThat(APPS.allowsOrigin("http://localhost:8443")).isTrue();
        assertThat(APPS.allowsOrigin("null")).isFalse();
        assertThat(APPS.allowsOrigin("https://evil.example")).isFalse();
        assertThat(APPS.allowsOrigin("https://app.example.org:444")).isFalse();
        assertThat(APPS.allowsOrigin(null)).isFalse();
    }

    @Test
    void namesTheOriginOfAUrlAsItIsWritten() {
        assertThat(APPS.returnTo("https://app.example.org/x?y").orElseThrow().origin()).isEqualTo("https://app.example.org");
        assertThat(APPS.returnTo("http://localhost:8443/app/").orElseThrow().origin()).isEqualTo("http://localhost:8443");
    }
}
