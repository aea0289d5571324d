package dev.gatehouse.crypto;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.exception.WebAuthnException;
import dev.gatehouse.application.port.out.PasskeyCeremonies;
import dev.gatehouse.domain.passkey.CredentialId;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link PasskeyCeremonies} with WebAuthn4J: it parses the browser's JSON, checks the client data
 * (type, challenge, origin among the configured ones), the relying-party id hash, the user presence
 * and verification flags, and the signature. Attestation is not asked for ("none"), so any
 * authenticator may register; what matters is that the same key signs later.
 *
 * <p>WebAuthn4J's own counter check is switched off: {@code Passkeys.recordUse} decides the counter
 * in one conditional statement, and two deciders could disagree.
 */
public final class WebAuthn4jPasskeyCeremonies implements PasskeyCeremonies {

    /** The algorithms offered and accepted: ES256, EdDSA, RS256, as the WebAuthn guidance suggests. */
    private static final List<Long> ALGORITHMS = List.of(-7L, -8L, -257L);

    private static final int CHALLENGE_BYTES = 32;

    private final String rpId;
    private final Set<Origin> origins;
    private final WebAuthnManager manager;
    private final ObjectConverter converter = new ObjectConverter();
    private final List<PublicKeyCredentialParameters> algorithms;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param rpId    the relying-party id, a domain (for example {@code example.com})
     * @param origins every origin the pages are served from, such as {@code https://login.example.com}
     */
    public WebAuthn4jPasskeyCeremonies(String rpId, List<URI> origins) {
        this.rpId = Objects.requireNonNull(rpId, "rpId");
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("passkeys need at least one origin");
        }
        this.origins = origins.stream().map(origin -> new Origin(origin.toString())).collect(Collectors.toUnmodifiableSet());
        this.manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
        this.manager.getAuthenticationDataVerifier().setMaliciousCounterValueHandler(judgedByTheCaller -> { });
        this.algorithms = ALGORITHMS.stream()
                .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                        COSEAlgorithmIdentifier.create(alg)))
                .toList();
    }

    @Override
    public PasskeyChallenge newChallenge() {
        byte[] bytes = new byte[CHALLENGE_BYTES];
        random.nextBytes(bytes);
        return PasskeyChallenge.of(bytes);
    }

    @Override
    public List<Long> algorithms() {
        return ALGORITHMS;
    }

    @Override
    public PasskeyChallenge registrationChallengeOf(String responseJson) {
        RegistrationData data = refusedUnless("unreadable-registration", () -> manager.parseRegistrationResponseJSON(responseJson));
        return challengeIn(data.getCollectedClientData());
    }

    @Override
    public NewCredential verifyRegistration(String responseJson, PasskeyChallenge challenge) {
        RegistrationParameters parameters = new RegistrationParameters(serverProperty(challenge), algorithms, true, true);
        RegistrationData data = refusedUnless("registration-not-verified",
                () -> manager.verifyRegistrationResponseJSON(responseJson, parameters));
        AuthenticatorData<?> authenticatorData = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData credential = authenticatorData.getAttestedCredentialData();
        byte[] publicKey = converter.getCborConverter().writeValueAsBytes(credential.getCOSEKey());
        return new NewCredential(credentialId(credential.getCredentialId()), publicKey, authenticatorData.getSignCount());
    }

    @Override
    public AssertionClaim claimOf(String responseJson) {
        AuthenticationData data = refusedUnless("unreadable-assertion", () -> manager.parseAuthenticationResponseJSON(responseJson));
        byte[] handle = data.getUserHandle();
        return new AssertionClaim(credentialId(data.getCredentialId()),
                handle == null || handle.length == 0 ? Optional.empty() : Optional.of(handle),
                challengeIn(data.getCollectedClientData()));
    }

    @Override
    public long verifyAssertion(String responseJson, PasskeyChallenge challenge, Passkey passkey) {
        COSEKey key = refusedUnless("stored-key-unreadable",
                () -> converter.getCborConverter().readValue(passkey.publicKeyCose(), COSEKey.class));
        AttestedCredentialData credential = new AttestedCredentialData(AAGUID.ZERO, passkey.credentialId().bytes(), key);
        CredentialRecord record = new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null,
                passkey.signCount(), credential, null, null, null, null);
        AuthenticationParameters parameters = new AuthenticationParameters(serverProperty(challenge), record, null, true, true);
        AuthenticationData data = refusedUnless("assertion-not-verified",
                () -> manager.verifyAuthenticationResponseJSON(responseJson, parameters));
        return data.getAuthenticatorData().getSignCount();
    }

    private ServerProperty serverProperty(PasskeyChallenge challenge) {
        return new ServerProperty(origins, rpId, new DefaultChallenge(challenge.bytes()));
    }

    private static PasskeyChallenge challengeIn(CollectedClientData clientData) {
        if (clientData == null || clientData.getChallenge() == null) {
            throw new PasskeyRefusedException("no-challenge");
        }
        return refusedUnless("bad-challenge", () -> PasskeyChallenge.of(clientData.getChallenge().getValue()));
    }

    private static CredentialId credentialId(byte[] bytes) {
        if (bytes == null) {
            throw new PasskeyRefusedException("no-credential-id");
        }
        return refusedUnless("bad-credential-id", () -> CredentialId.of(bytes));
    }

    /**
     * What the browser sent is input like any other: whatever WebAuthn4J or our values refuse in it
     * is a refusal named by {@code reason}, never a server error. The exception's own message stays
     * out, as it may quote what was sent.
     */
    private static <T> T refusedUnless(String reason, Supplier<T> step) {
        try {
            T result = step.get();
            if (result == null) {
                throw new PasskeyRefusedException(reason);
            }
            return result;
        } catch (PasskeyRefusedException refused) {
            throw refused;
        } catch (WebAuthnException refused) {
            throw new PasskeyRefusedException(reason + ": " + refused.getClass().getSimpleName());
        } catch (RuntimeException unreadable) {
            // Jackson's parse errors, a missing member read as null, a base64 that is none.
            throw new PasskeyRefusedException(reason + ": unreadable");
        }
    }
}
