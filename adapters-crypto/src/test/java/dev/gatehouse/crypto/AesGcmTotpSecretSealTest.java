package dev.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.TotpSecret;
import dev.gatehouse.domain.user.UserId;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AesGcmTotpSecretSealTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
        Arrays.fill(OTHER_KEY, (byte) 8);
    }

    private final UserId owner = new UserId(UUID.randomUUID());
    private final TotpSecret secret = new SecureRandomMfaSecrets(KEY).newTotpSecret();

    @Test
    void opensForItsOwnerUnderItsKeyOnly() {
        AesGcmTotpSecretSeal seal = new AesGcmTotpSecretSeal(KEY);
        byte[] sealed = seal.seal(owner, secret);

        assertThat(seal.open(owner, sealed)).contains(secret);
        assertThat(seal.open(new UserId(UUID.randomUUID()), sealed)).isEmpty();
        assertThat(new AesGcmTotpSecretSeal(OTHER_KEY).open(owner, sealed)).isEmpty();
    }

    @Test
    void holdsNoPlainSecretAndNeverTheSameBytesTwice() {
        AesGcmTotpSecretSeal seal = new AesGcmTotpSecretSeal(KEY);
        byte[] first = seal.seal(owner, secret);
        byte[] second = seal.seal(owner, secret);

        assertThat(first).isNotEqualTo(second);
        assertThat(indexOf(first, secret.bytes())).isNegative();
        first[first.length - 1] ^= 1;
        assertThat(seal.open(owner, first)).isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return i;
            }
        }
        return -1;
    }
}
