package dev.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.TotpRules;
import dev.gatehouse.domain.mfa.TotpSecret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 appendix B, SHA-1 rows: the eight-digit values, and the six digits apps show (their last six). */
class HmacTotpCodesTest {

    private static final TotpSecret RFC_SEED = TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    private final HmacTotpCodes codes = new HmacTotpCodes();

    @ParameterizedTest(name = "T = {0} s")
    @CsvSource({
            "59, 0000000000000001, 94287082",
            "1111111109, 00000000023523EC, 07081804",
            "1111111111, 00000000023523ED, 14050471",
            "1234567890, 000000000273EF07, 89005924",
            "2000000000, 0000000003F940AA, 69279037",
            "20000000000, 0000000027BC86AA, 65353130"})
    void matchesTheRfc6238TestVectorsAtAFixedClock(long seconds, String stepHex, String eightDigits) {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
        long step = TotpRules.stepAt(clock.instant());

        assertThat(step).isEqualTo(Long.parseLong(stepHex, 16));
        assertThat(codes.codeAt(RFC_SEED, step, 8)).isEqualTo(eightDigits);
        assertThat(codes.codeAt(RFC_SEED, step)).isEqualTo(eightDigits.substring(2));
    }

    @ParameterizedTest
    @CsvSource({"59", "1111111109"})
    void acceptsOnlyTheCurrentStepAndOneEitherSide(long seconds) {
        long step = TotpRules.stepAt(Instant.ofEpochSecond(seconds));

        assertThat(TotpRules.acceptedSteps(Instant.ofEpochSecond(seconds))).containsExactly(step, step - 1, step + 1);
    }
}
