package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.passkey.CredentialId;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The WebAuthn ceremonies' cryptography: fresh challenges, and reading and verifying what the
 * browser answers (as WebAuthn's {@code toJSON()} writes it) against the relying-party id and
 * origins the adapter was configured with, never ones taken from a request. User verification is
 * always required.
 */
public interface PasskeyCeremonies {

    PasskeyChallenge newChallenge();

    /** The COSE algorithm ids of the keys accepted, most preferred first (-7 is ES256). */
    List<Long> algorithms();

    /**
     * The challenge a new credential (registration) answers, read from its client data without verifying
     * anything, so the caller can find out whether it is live.
     *
     * @throws PasskeyRefusedException when the answer cannot be read
     */
    PasskeyChallenge registrationChallengeOf(String responseJson);

    /**
     * Verifies a new credential (registration) against {@code challenge}: type, challenge, origin,
     * relying-party id hash, user presence and verification, an allowed algorithm.
     *
     * @throws PasskeyRefusedException when it is not one
     */
    NewCredential verifyRegistration(String responseJson, PasskeyChallenge challenge);

    /**
     * Which credential an assertion names, and the user handle it carries, without verifying anything.
     *
     * @throws PasskeyRefusedException when the answer cannot be read
     */
    AssertionClaim claimOf(String responseJson);

    /**
     * Verifies an assertion of {@code passkey} against {@code challenge}: type, challenge, origin,
     * relying-party id hash, user presence and verification, the signature with the stored key. The
     * signature counter is the caller's to judge.
     *
     * @return the signature count the authenticator presented
     * @throws PasskeyRefusedException when it does not verify
     */
    long verifyAssertion(String responseJson, PasskeyChallenge challenge, Passkey passkey);

    /** A verified new credential: what is stored of it. */
    record NewCredential(CredentialId credentialId, byte[] publicKeyCose, long signCount) {

        public NewCredential {
            Objects.requireNonNull(credentialId, "credentialId");
            publicKeyCose = publicKeyCose.clone();
        }

        @Override
        public byte[] publicKeyCose() {
            return publicKeyCose.clone();
        }
    }

    /** What an assertion says it is, before it is verified. */
    record AssertionClaim(CredentialId credentialId, Optional<byte[]> userHandle, PasskeyChallenge challenge) {

        public AssertionClaim {
            Objects.requireNonNull(credentialId, "credentialId");
            Objects.requireNonNull(userHandle, "userHandle");
            Objects.requireNonNull(challenge, "challenge");
        }
    }

    /** An answer that cannot be read or does not verify; {@code reason} names the check, never key material. */
    final class PasskeyRefusedException extends RuntimeException {

        public PasskeyRefusedException(String reason) {
            super(reason, null, false, false);
        }
    }
}
