package dev.gatehouse.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dashboard", "/account/sessions?sort=recent", "/a/%2F/b", "/search?q=a%20b#top",
        "/account/sessions?x=1"})
    void acceptsPathsOnThisSiteAndTheyBecomeUrisAsTheyAre(String path) {
        LocalPath local = LocalPath.parse(path).orElseThrow();

        assertThat(local.value()).isEqualTo(path);
        assertThat(local.uri()).isEqualTo(URI.create(path));
        assertThat(local.uri().getHost()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.org", "///evil.org", "https://evil.org", "http:/evil.org", "javascript:alert(1)",
        "/\\evil.org", "\\/evil.org", "%2F%2Fevil.org", "evil.org", "dashboard", " /dashboard", "/\t/evil.org",
        "/\n/evil.org", "/\r\n/evil.org", "/\u0000x", "/caf\u00e9", "/\u202e"})
    void refusesAnythingABrowserCouldReadAsAnotherSite(String candidate) {
        assertThat(LocalPath.parse(candidate)).isEmpty();
        assertThat(LocalPath.orDashboard(candidate)).isEqualTo(LocalPath.DASHBOARD);
    }

    /** Each of these made {@code URI.create} throw when the redirect was built, after the session existed. */
    @ParameterizedTest
    @ValueSource(strings = {"/\"", "/%", "/%zz", "/a%2", "/<script>", "/{x}", "/a|b", "/a^b", "/`", "/a[0]",
        "/a#b#c", "/x?y#z#"})
    void refusesWhatIsNoUriAtAll(String candidate) {
        assertThat(LocalPath.parse(candidate)).isEmpty();
        assertThat(LocalPath.orDashboard(candidate)).isEqualTo(LocalPath.DASHBOARD);
    }

    @ParameterizedTest
    @ValueSource(ints = {2048, 2049})
    void refusesPathsLongerThan2048Characters(int length) {
        String path = "/" + "a".repeat(length - 1);

        assertThat(LocalPath.parse(path).isPresent()).isEqualTo(length <= 2048);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.org", "/\"", "https://evil.org"})
    void aLiteralThatIsNoLocalPathIsAProgrammingError(String literal) {
        assertThatThrownBy(() -> new LocalPath(literal)).isInstanceOf(IllegalArgumentException.class);
    }
}
