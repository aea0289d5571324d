package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gatehouse.application.port.in.passkey.PasskeyCreationOptions;
import dev.gatehouse.application.port.in.passkey.PasskeyRequestOptions;
import dev.gatehouse.domain.passkey.CredentialId;
import java.util.Base64;
import java.util.List;

/**
 * WebAuthn's options in their JSON serialisation (Level 3, {@code PublicKeyCredentialCreationOptionsJSON}
 * and {@code PublicKeyCredentialRequestOptionsJSON}): binary members as base64url without padding,
 * so a page hands them to {@code PublicKeyCredential.parseCreationOptionsFromJSON} as they are.
 */
public final class PasskeyOptionsJson {

    private static final String PUBLIC_KEY = "public-key";
    private static final String REQUIRED = "required";

    private PasskeyOptionsJson() {
    }

    public record RelyingParty(String id, String name) {
    }

    public record UserEntity(String id, String name, String displayName) {
    }

    public record CredentialParameters(String type, long alg) {
    }

    public record CredentialDescriptor(String type, String id) {
    }

    public record AuthenticatorSelection(String residentKey, boolean requireResidentKey, String userVerification) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Creation(RelyingParty rp, UserEntity user, String challenge, List<CredentialParameters> pubKeyCredParams,
                    long timeout, List<CredentialDescriptor> excludeCredentials,
                    AuthenticatorSelection authenticatorSelection, String attestation) {
    }

    public record Request(String challenge, long timeout, String rpId, List<CredentialDescriptor> allowCredentials,
                   String userVerification) {
    }

    static Creation of(PasskeyCreationOptions options) {
        return new Creation(
                new RelyingParty(options.rpId(), options.rpName()),
                new UserEntity(base64Url(options.userHandle()), options.userName(), options.userDisplayName()),
                options.challenge().base64Url(),
                options.algorithms().stream().map(alg -> new CredentialParameters(PUBLIC_KEY, alg)).toList(),
                options.timeout().toMillis(),
                options.excluded().stream().map(PasskeyOptionsJson::descriptor).toList(),
                new AuthenticatorSelection(REQUIRED, true, REQUIRED),
                "none");
    }

    static Request of(PasskeyRequestOptions options) {
        return new Request(options.challenge().base64Url(), options.timeout().toMillis(), options.rpId(), List.of(),
                REQUIRED);
    }

    private static CredentialDescriptor descriptor(CredentialId id) {
        return new CredentialDescriptor(PUBLIC_KEY, id.base64Url());
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
