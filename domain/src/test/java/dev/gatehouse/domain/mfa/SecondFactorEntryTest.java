package dev.gatehouse.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecondFactorEntryTest {

    @Test
    void sixDigitsAreAnAppsCodeAndTenBase32CharactersARecoveryCode() {
        assertThat(SecondFactorEntry.parse(" 287082 ")).containsInstanceOf(SecondFactorEntry.Totp.class);
        assertThat(SecondFactorEntry.parse("K3M7Q-2XW4P")).hasValueSatisfying(entry ->
                assertThat(((SecondFactorEntry.Recovery) entry).code()).isEqualTo(RecoveryCode.of("k3m7q2xw4p")));
        assertThat(SecondFactorEntry.parse("k3m7q 2xw4p")).containsInstanceOf(SecondFactorEntry.Recovery.class);
    }

    @Test
    void anythingElseIsNeither() {
        assertThat(SecondFactorEntry.parse(null)).isEmpty();
        assertThat(SecondFactorEntry.parse("12345")).isEmpty();
        assertThat(SecondFactorEntry.parse("k3m7q-2xw4")).isEmpty();
        assertThat(SecondFactorEntry.parse("k3m7q-2xw41")).as("1 is not base32").isEmpty();
    }

    @Test
    void aRecoveryCodeIsShownInTwoHalvesAndNeverPrinted() {
        RecoveryCode code = RecoveryCode.of("k3m7q2xw4p");

        assertThat(code.shown()).isEqualTo("k3m7q-2xw4p");
        assertThat(code.toString()).doesNotContain("k3m7q");
    }

    @Test
    void anAuthenticationIsRecentForItsWindowAndNoLonger() {
        RecentAuthentication rule = new RecentAuthentication(Duration.ofMinutes(10));
        Instant signedIn = Instant.parse("2026-01-01T10:00:00Z");

        assertThat(rule.isRecent(signedIn, signedIn.plus(Duration.ofMinutes(10)))).isTrue();
        assertThat(rule.isRecent(signedIn, signedIn.plus(Duration.ofMinutes(10)).plusMillis(1))).isFalse();
    }

    @Test
    void aChallengeTokenIsStoredOnlyAsItsHash() {
        ChallengeToken token = ChallengeToken.fromRandomBytes(new byte[32]);

        assertThat(token.hash()).matches("[0-9a-f]{64}").doesNotContain(token.value());
        assertThat(ChallengeToken.parse(token.value())).hasValueSatisfying(parsed ->
                assertThat(parsed.hash()).isEqualTo(token.hash()));
        assertThat(ChallengeToken.parse("not a token!")).isEmpty();
        assertThat(token.toString()).doesNotContain(token.value());
    }
}
