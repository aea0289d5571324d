package dev.gatehouse.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dashboard", "/account/sessions?sort=recent", "/a/%2F/b", "/search?q=a%20b#top"})
    void acceptsPathsOnThisSite(String path) {
        assertThat(LocalPath.of(path)).contains(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.org", "///evil.org", "https://evil.org", "http:/evil.org", "javascript:alert(1)",
        "/\\evil.org", "\\/evil.org", "%2F%2Fevil.org", "evil.org", "dashboard", " /dashboard", "/\t/evil.org",
        "/\n/evil.org", "/\u0000x", "/caf\u00e9", "/\u202e"})
    void refusesAnythingABrowserCouldReadAsAnotherSite(String candidate) {
        assertThat(LocalPath.of(candidate)).isEmpty();
        assertThat(LocalPath.orDashboard(candidate)).isEqualTo("/dashboard");
    }

    @ParameterizedTest
    @ValueSource(ints = {2048, 2049})
    void refusesPathsLongerThan2048Characters(int length) {
        String path = "/" + "a".repeat(length - 1);

        assertThat(LocalPath.of(path).isPresent()).isEqualTo(length <= 2048);
    }
}
