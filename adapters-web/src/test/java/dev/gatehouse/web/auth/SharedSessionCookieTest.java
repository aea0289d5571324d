package dev.gatehouse.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.session.SessionToken;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The session cookie for apps on sibling hosts: {@code __Secure-} with a {@code Domain}, never {@code __Host-}. */
class SharedSessionCookieTest {

    @Test
    void withoutACookieDomainTheCookieStaysHostOnly() {
        SessionCookie cookie = new SessionCookie(true, Optional.empty());

        assertThat(cookie.name()).isEqualTo("__Host-gh_session");
        assertThat(cookie.clear()).doesNotContain("Domain");
    }

    @Test
    void aCookieDomainMakesASecurePrefixedCookieForThatDomain() {
        SessionCookie cookie = new SessionCookie(true, Optional.of(CookieDomain.parse(".Example.ORG")));

        assertThat(cookie.name()).isEqualTo(SessionCookie.SHARED_NAME);
        assertThat(cookie.issue(SessionToken.fromRandomBytes(new byte[32]),
                Optional.of(Duration.ofDays(1))))
                .startsWith("__Secure-gh_session=").contains("; Path=/; Domain=example.org; Max-Age=86400")
                .endsWith("; Secure; HttpOnly; SameSite=Lax");
        assertThat(cookie.clear()).contains("Domain=example.org").contains("Max-Age=0");
    }

    @Test
    void plainHttpDevelopmentKeepsTheUnprefixedName() {
        assertThat(new SessionCookie(false, Optional.of(CookieDomain.parse("example.org"))).name()).isEqualTo("gh_session");
    }

    @ParameterizedTest
    @ValueSource(strings = {"org", "localhost", "https://example.org", "example.org/", "example.org:443", "ex ample.org",
        "-example.org", "example..org", "*.example.org", "", "exa_mple.org"})
    void refusesWhatIsNoParentDomain(String configured) {
        assertThatThrownBy(() -> CookieDomain.parse(configured)).isInstanceOf(IllegalArgumentException.class);
    }
}
