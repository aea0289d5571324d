package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A fast, deterministic stand-in for the real hasher. {@link #hash} gives {@code fake$<sha256 hex>};
 * a hash written {@code legacy$<sha256 hex>} (see {@link #legacyHashOf}) verifies as
 * {@link PasswordCheck#MATCH_NEEDS_REHASH}, standing for an outdated algorithm. It remembers every
 * hash it issued and every hash it verified against, so tests can count the work a request did.
 */
public final class FastPasswordHasher implements PasswordHasher {

    private static final String CURRENT = "fake$";
    private static final String LEGACY = "legacy$";

    private final List<PasswordHash> issued = new ArrayList<>();
    private final List<PasswordHash> verifiedAgainst = new ArrayList<>();

    /** What {@link #hash} returns for {@code password}, without counting a call. */
    public static PasswordHash hashOf(String password) {
        return new PasswordHash(CURRENT + sha256Hex(password));
    }

    /** A hash of {@code password} that verifies but asks to be replaced. */
    public static PasswordHash legacyHashOf(String password) {
        return new PasswordHash(LEGACY + sha256Hex(password));
    }

    @Override
    public synchronized PasswordHash hash(ClearTextPassword password) {
        PasswordHash hash = hashOf(password.value());
        issued.add(hash);
        return hash;
    }

    @Override
    public synchronized PasswordCheck verify(ClearTextPassword password, PasswordHash hash) {
        verifiedAgainst.add(hash);
        String digest = sha256Hex(password.value());
        if (hash.encoded().equals(CURRENT + digest)) {
            return PasswordCheck.MATCH;
        }
        if (hash.encoded().equals(LEGACY + digest)) {
            return PasswordCheck.MATCH_NEEDS_REHASH;
        }
        return PasswordCheck.MISMATCH;
    }

    public synchronized int hashCalls() {
        return issued.size();
    }

    public synchronized int verifyCalls() {
        return verifiedAgainst.size();
    }

    /** Every hash returned by {@link #hash}, oldest first. */
    public synchronized List<PasswordHash> issuedHashes() {
        return List.copyOf(issued);
    }

    /** The stored hash of every {@link #verify} call, oldest first. */
    public synchronized List<PasswordHash> verifiedHashes() {
        return List.copyOf(verifiedAgainst);
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
