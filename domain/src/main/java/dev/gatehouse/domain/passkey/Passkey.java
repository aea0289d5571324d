package dev.gatehouse.domain.passkey;

import dev.gatehouse.domain.user.UserId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A passkey registered to an account: the authenticator's credential id and public key (a COSE key,
 * kept as the authenticator encoded it), the last signature count it presented, and the user handle
 * the credential was created for, which its assertions must name.
 */
public record Passkey(PasskeyId id, UserId user, CredentialId credentialId, byte[] publicKeyCose, long signCount,
                      byte[] userHandle, PasskeyName name, Instant createdAt, Optional<Instant> lastUsedAt) {

    public Passkey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(publicKeyCose, "publicKeyCose");
        Objects.requireNonNull(userHandle, "userHandle");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        if (signCount < 0 || signCount > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("a signature count is an unsigned 32-bit number");
        }
        publicKeyCose = publicKeyCose.clone();
        userHandle = userHandle.clone();
    }

    @Override
    public byte[] publicKeyCose() {
        return publicKeyCose.clone();
    }

    @Override
    public byte[] userHandle() {
        return userHandle.clone();
    }

    /**
     * The user handle every passkey of an account is created with: the account's id, 16 random
     * bytes that say nothing about the person (WebAuthn forbids personal data there).
     */
    public static byte[] userHandleOf(UserId user) {
        ByteBuffer buffer = ByteBuffer.allocate(16);
        buffer.putLong(user.value().getMostSignificantBits());
        buffer.putLong(user.value().getLeastSignificantBits());
        return buffer.array();
    }
}
