package dev.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.gatehouse.application.port.out.PasswordHasher.PasswordCheck;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2idPasswordHasherTest {

    private static final ClearTextPassword PASSWORD = new ClearTextPassword("correct horse battery staple");
    private static final ClearTextPassword WRONG = new ClearTextPassword("correct horse battery stapler");

    /** Made by Python's bcrypt 5.0.0: {@code bcrypt.hashpw(b"correct horse battery staple", bcrypt.gensalt(rounds=4))}. */
    private static final PasswordHash PYTHON_BCRYPT = new PasswordHash("$2b$04$YLikg1EyvhzMki6JX1btjuBS9HhrppKBWY80Zh0.iZHMzEmXxnO1y");
    /**
     * What Python's bcrypt before 5.0 stored for {@link #LONG_PASSWORD}: it silently used the first
     * 72 bytes, so it equals {@code bcrypt.hashpw(LONG_PASSWORD.encode()[:72], bcrypt.gensalt(rounds=4))}.
     */
    private static final PasswordHash PYTHON_BCRYPT_OF_LONG_PASSWORD =
            new PasswordHash("$2b$04$s/Ia5SBrCXcrNccw1PWneeCLJEprPB5QI97TIn40Nfdzf5BX6iZT.");
    /** 36 two-byte characters fill the 72 bytes that bcrypt reads; the rest never counted. */
    private static final String LONG_PASSWORD = "ä".repeat(40) + "tail-ignored-by-old-python-bcrypt";
    /** {@code bcrypt.hashpw(b"y" * 71, bcrypt.gensalt(rounds=4))}: the longest password bcrypt reads with its terminator. */
    private static final PasswordHash PYTHON_BCRYPT_OF_71_BYTES =
            new PasswordHash("$2b$04$mZO8uvup65bf3Akqj6wg6OCRtAXg/Cbn7IJD.2CZxMw5g6nisu2O2");

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(Argon2Settings.OWASP_MINIMUM);

    @Test
    void hashesIntoArgon2idPhcStringWithTheConfiguredCost() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
    }

    @Test
    void matchesTheRightPasswordOnly() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hasher.verify(PASSWORD, hash)).isEqualTo(PasswordCheck.MATCH);
        assertThat(hasher.verify(WRONG, hash)).isEqualTo(PasswordCheck.MISMATCH);
    }

    @Test
    void hashesNonAsciiPasswordsAsUtf8() {
        ClearTextPassword unicode = new ClearTextPassword("pässwörd 日本語 🔑 long enough");

        assertThat(hasher.verify(unicode, hasher.hash(unicode))).isEqualTo(PasswordCheck.MATCH);
        assertThat(hasher.verify(new ClearTextPassword("passwörd 日本語 🔑 long enough"), hasher.hash(unicode)))
                .isEqualTo(PasswordCheck.MISMATCH);
    }

    @ParameterizedTest
    @MethodSource("weakerSettings")
    void asksToRehashAHashWeakerThanConfigured(Argon2Settings weaker) {
        PasswordHash old = new Argon2idPasswordHasher(weaker).hash(PASSWORD);

        assertThat(hasher.verify(PASSWORD, old)).isEqualTo(PasswordCheck.MATCH_NEEDS_REHASH);
        assertThat(hasher.verify(WRONG, old)).isEqualTo(PasswordCheck.MISMATCH);
    }

    static Stream<Argon2Settings> weakerSettings() {
        return Stream.of(new Argon2Settings(8_192, 2, 1), new Argon2Settings(19_456, 1, 1));
    }

    @Test
    void keepsAHashStrongerThanConfigured() {
        PasswordHash stronger = new Argon2idPasswordHasher(new Argon2Settings(24_576, 3, 1)).hash(PASSWORD);

        assertThat(hasher.verify(PASSWORD, stronger)).isEqualTo(PasswordCheck.MATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2a", "2b", "2y"})
    void acceptsBcryptHashesAndAsksToRehashThem(String version) {
        BCrypt.Version bcryptVersion = switch (version) {
            case "2a" -> BCrypt.Version.VERSION_2A;
            case "2b" -> BCrypt.Version.VERSION_2B;
            default -> BCrypt.Version.VERSION_2Y;
        };
        PasswordHash bcrypt = new PasswordHash(
                BCrypt.with(bcryptVersion).hashToString(4, PASSWORD.value().toCharArray()));
        assertThat(bcrypt.encoded()).startsWith("$" + version + "$04$");

        assertThat(hasher.verify(PASSWORD, bcrypt)).isEqualTo(PasswordCheck.MATCH_NEEDS_REHASH);
        assertThat(hasher.verify(WRONG, bcrypt)).isEqualTo(PasswordCheck.MISMATCH);
    }

    @Test
    void acceptsABcryptHashMadeByPython() {
        assertThat(hasher.verify(PASSWORD, PYTHON_BCRYPT)).isEqualTo(PasswordCheck.MATCH_NEEDS_REHASH);
        assertThat(hasher.verify(WRONG, PYTHON_BCRYPT)).isEqualTo(PasswordCheck.MISMATCH);
    }

    @Test
    void readsOnlyTheFirst72BytesOfAPasswordForBcryptAsPythonDid() {
        assertThat(LONG_PASSWORD.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
        String sameFirst72Bytes = "ä".repeat(36) + "anything else";
        String differentWithinThem = "ä".repeat(35) + "a" + "ä".repeat(4) + "tail-ignored-by-old-python-bcrypt";

        assertThat(hasher.verify(new ClearTextPassword(LONG_PASSWORD), PYTHON_BCRYPT_OF_LONG_PASSWORD))
                .isEqualTo(PasswordCheck.MATCH_NEEDS_REHASH);
        assertThat(hasher.verify(new ClearTextPassword(sameFirst72Bytes), PYTHON_BCRYPT_OF_LONG_PASSWORD))
                .isEqualTo(PasswordCheck.MATCH_NEEDS_REHASH);
        assertThat(hasher.verify(new ClearTextPassword(differentWithinThem), PYTHON_BCRYPT_OF_LONG_PASSWORD))
                .isEqualTo(PasswordCheck.MISMATCH);
    }

    @Test
    void tellsA71BytePasswordFromItsPrefixForBcrypt() {
        assertThat(hasher.verify(new ClearTextPassword("y".repeat(71)), PYTHON_BCRYPT_OF_71_BYTES))
                .isEqualTo(PasswordCheck.MATCH_NEEDS_REHASH);
        assertThat(hasher.verify(new ClearTextPassword("y".repeat(70)), PYTHON_BCRYPT_OF_71_BYTES))
                .isEqualTo(PasswordCheck.MISMATCH);
        assertThat(hasher.verify(new ClearTextPassword("y".repeat(72)), PYTHON_BCRYPT_OF_71_BYTES))
                .isEqualTo(PasswordCheck.MISMATCH);
    }

    @Test
    void tellsLongPasswordsApartByTheirLastCharacterWithArgon2id() {
        ClearTextPassword longPassword = new ClearTextPassword("x".repeat(1_024));
        PasswordHash hash = hasher.hash(longPassword);

        assertThat(hasher.verify(longPassword, hash)).isEqualTo(PasswordCheck.MATCH);
        assertThat(hasher.verify(new ClearTextPassword("x".repeat(1_023) + "y"), hash)).isEqualTo(PasswordCheck.MISMATCH);
    }

    @ParameterizedTest
    @MethodSource("garbledHashes")
    void neverMatchesNorThrowsForAnUnknownOrGarbledHash(String encoded) {
        assertThat(hasher.verify(PASSWORD, new PasswordHash(encoded))).isEqualTo(PasswordCheck.MISMATCH);
    }

    static Stream<String> garbledHashes() {
        String argon2id = new Argon2idPasswordHasher(new Argon2Settings(8_192, 1, 1)).hash(PASSWORD).encoded();
        String bcrypt = PYTHON_BCRYPT.encoded();
        return Stream.of(
                "correct horse battery staple",
                "$argon2id$",
                "$argon2id$v=19$m=19456,t=2,p=1$",
                argon2id.substring(0, argon2id.length() - 5),
                argon2id.substring(0, argon2id.length() - 3) + "AAA",
                argon2id.replace("$argon2id$", "$argon2i$"),
                argon2id.replace("v=19", "v=99"),
                argon2id.replace("m=8192", "m=0"),
                argon2id.replace("p=1", "p=0"),
                argon2id + "é",
                bcrypt.substring(0, 40),
                bcrypt.replace("$2b$04$", "$2b$03$"),
                bcrypt.replace("$2b$04$", "$2b$32$"),
                bcrypt.replace("$2b$", "$2x$"),
                bcrypt.replace("$2b$", "$3b$"),
                "$2b$04$" + "!".repeat(53),
                "$6$rounds=5000$salt$hash",
                "{bcrypt}" + bcrypt);
    }
}
