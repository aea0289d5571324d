package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CodeSealTest {

    private static final CodeSeal SEAL = new CodeSeal(key(1));

    private static byte[] key(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    @Test
    void opensWhatItSealedForTheSameContext() {
        byte[] sealed = SEAL.seal("123456", "sign-in-code", "ann@example.org");

        assertThat(SEAL.open(sealed, "sign-in-code", "ann@example.org")).contains("123456");
        assertThat(sealed).hasSize(1 + 12 + 6 + 16);
    }

    @Test
    void opensNothingForAnotherContext() {
        byte[] sealed = SEAL.seal("123456", "sign-in-code", "ann@example.org");

        assertThat(SEAL.open(sealed, "sign-in-code", "bob@example.org")).isEmpty();
        assertThat(SEAL.open(sealed, "password-reset-code", "ann@example.org")).isEmpty();
        // Fields are framed by their lengths, so they cannot be shifted into each other.
        assertThat(SEAL.open(sealed, "sign-in-codeann@example.org")).isEmpty();
        assertThat(SEAL.open(sealed)).isEmpty();
    }

    @Test
    void opensNothingSealedUnderAnotherKeyOrAltered() {
        byte[] sealed = SEAL.seal("123456", "sign-in-code", "ann@example.org");
        byte[] altered = sealed.clone();
        altered[altered.length - 20] ^= 1;

        assertThat(new CodeSeal(key(2)).open(sealed, "sign-in-code", "ann@example.org")).isEmpty();
        assertThat(SEAL.open(altered, "sign-in-code", "ann@example.org")).isEmpty();
        assertThat(SEAL.open(Arrays.copyOf(sealed, 20), "sign-in-code", "ann@example.org")).isEmpty();
        assertThat(SEAL.open(null, "sign-in-code", "ann@example.org")).isEmpty();
    }

    @Test
    void sealsTheSameCodeDifferentlyEachTimeAndNeverInPlainText() {
        byte[] first = SEAL.seal("123456", "sign-in-code", "ann@example.org");
        byte[] second = SEAL.seal("123456", "sign-in-code", "ann@example.org");

        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("123456");
    }

    @Test
    void refusesAShortKeyAndACodeTooLongForItsColumn() {
        assertThatThrownBy(() -> new CodeSeal(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SEAL.seal("x".repeat(CodeSeal.MAX_CODE_BYTES + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SEAL.seal("x".repeat(CodeSeal.MAX_CODE_BYTES))).hasSize(CodeSeal.MAX_SEALED_BYTES);
    }

    @Test
    void opensWhatAnEarlierReleaseSealed() {
        // Sealed under the key 32 x 0x07 before the seal moved here: a queued mail outlives a deploy.
        byte[] sealedBefore = HexFormat.of().parseHex(
                "016bb2e1a74be8d11e12776824fd7cfb26bf5528991ee44958edccbfc50e3e51afbeb7");

        assertThat(new CodeSeal(key(7)).open(sealedBefore, "sign-in-code", "ann@example.org")).contains("123456");
    }

    @Test
    void neverShowsItsKey() {
        assertThat(SEAL.toString()).isEqualTo("CodeSeal[key redacted]");
    }
}
