package dev.gatehouse.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4648 section 10's test vectors, without padding as authenticator apps take them. */
class Base32Test {

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodesAndDecodesTheRfcVectors(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(Base32.decode(encoded)).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo(plain));
    }

    @Test
    void forgivesCaseSpacesAndPaddingButNothingElse() {
        assertThat(Base32.decode("mzxw 6ytb oi======")).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo("foobar"));
        assertThat(Base32.decode("MZXW1")).isEmpty();
    }
}
