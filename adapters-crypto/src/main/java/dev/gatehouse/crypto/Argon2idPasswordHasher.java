package dev.gatehouse.crypto;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashes passwords with Argon2id into PHC strings ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}),
 * and verifies those as well as the bcrypt hashes ({@code $2a$}, {@code $2b$}, {@code $2y$}) that
 * accounts imported from the former Python service still carry. A correct password for a bcrypt
 * hash, or for an Argon2id hash cheaper than {@link Argon2Settings} ask for, answers
 * {@link PasswordCheck#MATCH_NEEDS_REHASH}. A hash in no known format never matches and never throws.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    private static final Pattern ARGON2ID =
            Pattern.compile("\\$argon2id\\$v=(\\d{1,3})\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final int ARGON2_VERSION = 19;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** bcrypt reads no further; Python's bcrypt before 5.0 dropped the rest without a word. */
    private static final int BCRYPT_MAX_PASSWORD_BYTES = 72;

    private final Argon2 argon2 = Argon2Factory.create(Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
    private final Argon2Settings settings;

    public Argon2idPasswordHasher(Argon2Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public PasswordHash hash(ClearTextPassword password) {
        char[] chars = password.value().toCharArray();
        try {
            return new PasswordHash(argon2.hash(settings.iterations(), settings.memoryKib(), settings.parallelism(),
                    chars, StandardCharsets.UTF_8));
        } finally {
            argon2.wipeArray(chars);
        }
    }

    @Override
    public PasswordCheck verify(ClearTextPassword password, PasswordHash hash) {
        String encoded = hash.encoded();
        Matcher argon2id = ARGON2ID.matcher(encoded);
        if (argon2id.matches()) {
            return verifyArgon2id(password, encoded, argon2id);
        }
        if (BCRYPT.matcher(encoded).matches()) {
            return verifyBcrypt(password, encoded);
        }
        return PasswordCheck.MISMATCH;
    }

    private PasswordCheck verifyArgon2id(ClearTextPassword password, String encoded, Matcher parameters) {
        char[] chars = password.value().toCharArray();
        try {
            if (!argon2.verify(encoded, chars, StandardCharsets.UTF_8)) {
                return PasswordCheck.MISMATCH;
            }
        } finally {
            argon2.wipeArray(chars);
        }
        boolean weaker = Integer.parseInt(parameters.group(1)) != ARGON2_VERSION
                || Long.parseLong(parameters.group(2)) < settings.memoryKib()
                || Long.parseLong(parameters.group(3)) < settings.iterations()
                || Integer.parseInt(parameters.group(4)) < settings.parallelism();
        return weaker ? PasswordCheck.MATCH_NEEDS_REHASH : PasswordCheck.MATCH;
    }

    private static PasswordCheck verifyBcrypt(ClearTextPassword password, String encoded) {
        byte[] utf8 = password.value().getBytes(StandardCharsets.UTF_8);
        byte[] key = Arrays.copyOf(utf8, Math.min(utf8.length, BCRYPT_MAX_PASSWORD_BYTES));
        try {
            // Cut to 72 bytes here, as Python did, and not by the library: its own strategies either
            // refuse a longer key or cut it to 71 bytes, which yields another hash.
            BCrypt.Result result = BCrypt.verifyer(null, LongPasswordStrategies.none())
                    .verify(key, encoded.getBytes(StandardCharsets.US_ASCII));
            return result.verified ? PasswordCheck.MATCH_NEEDS_REHASH : PasswordCheck.MISMATCH;
        } catch (IllegalArgumentException malformed) {
            return PasswordCheck.MISMATCH;
        } finally {
            Arrays.fill(utf8, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }
}
