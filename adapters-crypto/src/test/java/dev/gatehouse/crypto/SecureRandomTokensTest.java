package dev.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.session.SessionToken;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SecureRandomTokensTest {

    private final SecureRandomTokens tokens = new SecureRandomTokens();

    @Test
    void sessionTokensAreDistinctAndCarryAtLeast128Bits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            SessionToken token = tokens.newSessionToken();
            byte[] random = Base64.getUrlDecoder().decode(token.value());
            assertThat(random.length * 8).isGreaterThanOrEqualTo(128);
            assertThat(seen.add(token.value())).isTrue();
        }
    }

    @Test
    void sessionTokensArePresentableAgain() {
        SessionToken token = tokens.newSessionToken();

        assertThat(SessionToken.parse(token.value())).contains(token);
    }

    @Test
    void idsAreDistinctVersion4Uuids() {
        Set<UUID> ids = new HashSet<>();
        IntStream.range(0, 5_000).forEach(i -> {
            ids.add(tokens.newUserId().value());
            ids.add(tokens.newSessionId().value());
        });

        assertThat(ids).hasSize(10_000).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
        });
    }

    @Test
    void drawsFromTheGivenRandomSource() throws Exception {
        SecureRandomTokens first = new SecureRandomTokens(seeded());
        SecureRandomTokens second = new SecureRandomTokens(seeded());

        assertThat(first.newSessionToken()).isEqualTo(second.newSessionToken());
        assertThat(first.newUserId()).isEqualTo(second.newUserId());
    }

    private static SecureRandom seeded() throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(42L);
        return random;
    }

    @Test
    void codesAreSixDigitsCoveringTheWholeRangeEvenly() {
        int draws = 200_000;
        int[] firstDigit = new int[10];
        boolean leadingZeroSeen = false;
        for (int i = 0; i < draws; i++) {
            String digits = tokens.newCode().digits();
            assertThat(digits).matches("[0-9]{6}");
            firstDigit[digits.charAt(0) - '0']++;
            leadingZeroSeen |= digits.startsWith("0");
        }

        assertThat(leadingZeroSeen).isTrue();
        // Each leading digit stands for a tenth of the range; 200 000 draws put each within a few
        // hundred of 20 000 (the bound is over six standard deviations wide).
        assertThat(IntStream.of(firstDigit).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(19_000, 21_000));
    }

    @Test
    void codesComeFromTheGivenRandomSource() throws Exception {
        SecureRandomTokens first = new SecureRandomTokens(seeded());
        SecureRandomTokens second = new SecureRandomTokens(seeded());

        assertThat(first.newCode()).isEqualTo(second.newCode());
        assertThat(Stream.generate(first::newCode).limit(50).distinct().count()).isGreaterThan(45);
    }
}
