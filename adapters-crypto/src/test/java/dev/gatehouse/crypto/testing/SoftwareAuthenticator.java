package dev.gatehouse.crypto.testing;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A passkey authenticator in software for tests: one ES256 credential, discoverable, answering
 * WebAuthn ceremonies the way a browser hands them to the server (the JSON of
 * {@code PublicKeyCredential.toJSON()}), with "none" attestation. The origin and relying-party id it
 * claims are the test's to choose, so a test can answer as a phishing site would; so are the
 * signature counter and whether it verified its user.
 */
public final class SoftwareAuthenticator {

    private static final byte UP = 0x01;
    private static final byte UV = 0x04;
    private static final byte AT = 0x40;
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair keyPair;
    private final byte[] credentialId = new byte[32];
    private final ObjectConverter converter = new ObjectConverter();
    private byte[] userHandle;
    private long counter;
    private boolean verifiesUser = true;

    public SoftwareAuthenticator() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keyPair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        RANDOM.nextBytes(credentialId);
    }

    /** The counter this authenticator presents next is one more than {@code counter}; 0 keeps it at 0 for good. */
    public SoftwareAuthenticator counter(long counter) {
        this.counter = counter;
        return this;
    }

    /** Whether it claims to have verified its user (PIN, biometric); a server requiring that refuses otherwise. */
    public SoftwareAuthenticator verifiesUser(boolean verifiesUser) {
        this.verifiesUser = verifiesUser;
        return this;
    }

    public String credentialIdBase64Url() {
        return B64URL.encodeToString(credentialId);
    }

    /**
     * Creates the credential for creation options with {@code challenge} and {@code userId} (both
     * base64url, as the options carry them), as the page at {@code origin} asks for it.
     *
     * @return the RegistrationResponseJSON
     */
    public String register(String challenge, String userId, String rpId, String origin) {
        userHandle = B64URL_DECODER.decode(userId);
        String clientData = clientData("webauthn.create", challenge, origin);
        AttestedCredentialData attested = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) keyPair.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> authenticatorData =
                new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), (byte) (flags() | AT), counter,
                        attested);
        byte[] attestationObject = new AttestationObjectConverter(converter)
                .convertToBytes(new AttestationObject(authenticatorData, new NoneAttestationStatement()));
        return """
                {"id":"%1$s","rawId":"%1$s","type":"public-key","authenticatorAttachment":"platform",\
                "response":{"clientDataJSON":"%2$s","attestationObject":"%3$s","transports":["internal"]},\
                "clientExtensionResults":{}}""".formatted(credentialIdBase64Url(),
                B64URL.encodeToString(clientData.getBytes(StandardCharsets.UTF_8)), B64URL.encodeToString(attestationObject));
    }

    /**
     * Signs in: answers request options with {@code challenge} (base64url) as the page at
     * {@code origin} asks, presenting the next counter value (or 0 for a counter at 0).
     *
     * @return the AuthenticationResponseJSON
     */
    public String assertion(String challenge, String rpId, String origin) {
        if (userHandle == null) {
            throw new IllegalStateException("register first");
        }
        if (counter > 0) {
            counter++;
        }
        return assertionWithCounter(challenge, rpId, origin, counter);
    }

    /** As {@link #assertion}, presenting exactly {@code presentedCounter}: for a cloned authenticator. */
    public String assertionWithCounter(String challenge, String rpId, String origin, long presentedCounter) {
        byte[] clientData = clientData("webauthn.get", challenge, origin).getBytes(StandardCharsets.UTF_8);
        byte[] authenticatorData = ByteBuffer.allocate(37)
                .put(sha256(rpId.getBytes(StandardCharsets.UTF_8)))
                .put(flags())
                .putInt((int) presentedCounter)
                .array();
        byte[] signature = sign(concat(authenticatorData, sha256(clientData)));
        return """
                {"id":"%1$s","rawId":"%1$s","type":"public-key","authenticatorAttachment":"platform",\
                "response":{"clientDataJSON":"%2$s","authenticatorData":"%3$s","signature":"%4$s","userHandle":"%5$s"},\
                "clientExtensionResults":{}}""".formatted(credentialIdBase64Url(), B64URL.encodeToString(clientData),
                B64URL.encodeToString(authenticatorData), B64URL.encodeToString(signature),
                B64URL.encodeToString(userHandle));
    }

    private byte flags() {
        return (byte) (UP | (verifiesUser ? UV : 0));
    }

    private static String clientData(String type, String challenge, String origin) {
        return "{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}";
    }

    private byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keyPair.getPrivate());
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
