package dev.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The kit's generator against RFC 6238 appendix B (SHA-1), the six digits apps show. */
class TotpTest {

    /** "12345678901234567890" in base32. */
    private static final String RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void matchesTheRfcVectors() {
        assertThat(Totp.codeAt(RFC_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SEED, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.codeAt(RFC_SEED, Instant.ofEpochSecond(20000000000L))).isEqualTo("353130");
    }
}
