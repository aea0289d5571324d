package dev.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.UserId;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HmacCodeHasherTest {

    /** Bytes 0x00 to 0x1f. */
    private static final byte[] KEY = key(0);
    private static final UserId USER = UserId.parse("00000000-0000-0000-0001-000000000001");
    private static final OneTimeCode CODE = new OneTimeCode("012345");

    private final HmacCodeHasher hasher = new HmacCodeHasher(KEY);

    /**
     * Computed apart from this code, with Python's {@code hmac} over the documented encoding:
     * {@code hmac.new(bytes(range(32)), f(b"gatehouse one-time code v1") + f(user) + f(purpose) + f(digits),
     * hashlib.sha256).hexdigest()} where {@code f(b) = struct.pack(">I", len(b)) + b}. A change here
     * means every code in flight stops verifying.
     */
    @Test
    void followsTheDocumentedEncoding() {
        assertThat(hasher.hash(USER, CodePurpose.SIGN_IN, CODE).hex())
                .isEqualTo("9ad235d4da80b4da5e14d373ccc7a94e0a79dfa120c4aaf6272abbcb7d1e5cd1");
        assertThat(hasher.hash(USER, CodePurpose.PASSWORD_RESET, CODE).hex())
                .isEqualTo("0f23502e0d02ada656e884979ae35b4fb2ecffd5d001a6b501a3a7c682343da2");
    }

    @Test
    void hashesEqualInputsEqually() {
        assertThat(hasher.hash(USER, CodePurpose.SIGN_IN, CODE))
                .isEqualTo(new HmacCodeHasher(KEY.clone()).hash(USER, CodePurpose.SIGN_IN, new OneTimeCode("012345")));
    }

    @Test
    void bindsTheHashToUserPurposeCodeAndKey() {
        CodeHash reference = hasher.hash(USER, CodePurpose.SIGN_IN, CODE);

        assertThat(hasher.hash(new UserId(UUID.randomUUID()), CodePurpose.SIGN_IN, CODE)).isNotEqualTo(reference);
        assertThat(hasher.hash(USER, CodePurpose.PASSWORD_RESET, CODE)).isNotEqualTo(reference);
        assertThat(hasher.hash(USER, CodePurpose.SIGN_IN, new OneTimeCode("012346"))).isNotEqualTo(reference);
        assertThat(new HmacCodeHasher(key(1)).hash(USER, CodePurpose.SIGN_IN, CODE)).isNotEqualTo(reference);
    }

    @Test
    void givesLowerCaseHexOfSha256Length() {
        assertThat(hasher.hash(new UserId(UUID.randomUUID()), CodePurpose.SIGN_IN, OneTimeCode.fromNumber(0)).hex())
                .matches("[0-9a-f]{64}");
    }

    @Test
    void refusesKeysShorterThan32Bytes() {
        assertThatThrownBy(() -> new HmacCodeHasher(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HmacCodeHasher(null)).isInstanceOf(NullPointerException.class);
        assertThat(new HmacCodeHasher(new byte[64]).hash(USER, CodePurpose.SIGN_IN, CODE)).isNotNull();
    }

    @Test
    void keepsItsOwnCopyOfTheKeySoTheCallerMayWipeIt() {
        byte[] key = key(0);
        HmacCodeHasher keyed = new HmacCodeHasher(key);
        CodeHash before = keyed.hash(USER, CodePurpose.SIGN_IN, CODE);

        Arrays.fill(key, (byte) 0);

        assertThat(keyed.hash(USER, CodePurpose.SIGN_IN, CODE)).isEqualTo(before);
        assertThat(keyed).hasToString("HmacCodeHasher[key redacted]");
    }

    @Test
    void isSafeToShareBetweenThreads() {
        CodeHash expected = hasher.hash(USER, CodePurpose.SIGN_IN, CODE);

        assertThat(java.util.stream.IntStream.range(0, 2_000).parallel()
                .mapToObj(i -> hasher.hash(USER, CodePurpose.SIGN_IN, CODE))
                .distinct()
                .toList())
                .containsExactly(expected);
    }

    private static byte[] key(int first) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (first + i);
        }
        return key;
    }
}
