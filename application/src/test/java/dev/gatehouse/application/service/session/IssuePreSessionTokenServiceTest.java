package dev.gatehouse.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.testing.SeededTokens;
import dev.gatehouse.domain.session.SessionToken;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IssuePreSessionTokenServiceTest {

    private final IssuePreSessionTokenService service = new IssuePreSessionTokenService(new SeededTokens());

    @Test
    void issuesADifferentTokenEveryTime() {
        Set<SessionToken> issued = new HashSet<>();
        IntStream.range(0, 100).forEach(i -> issued.add(service.issuePreSessionToken()));

        assertThat(issued).hasSize(100);
    }

    @Test
    void tokensCarryAtLeast128RandomBits() {
        byte[] decoded = Base64.getUrlDecoder().decode(service.issuePreSessionToken().value());

        assertThat(decoded.length * 8).isGreaterThanOrEqualTo(128);
    }

    @Test
    void theCsrfTokenIsDerivedFromTheTokenAndVerifiesOnlyForIt() {
        SessionToken token = service.issuePreSessionToken();
        SessionToken other = service.issuePreSessionToken();

        assertThat(token.csrfToken()).isNotEqualTo(token.value());
        assertThat(token.matchesCsrfToken(token.csrfToken())).isTrue();
        assertThat(token.matchesCsrfToken(other.csrfToken())).isFalse();
    }
}
