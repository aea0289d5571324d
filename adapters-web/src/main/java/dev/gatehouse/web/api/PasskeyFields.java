package dev.gatehouse.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.application.port.in.passkey.PasskeyNotFoundException;
import dev.gatehouse.domain.passkey.PasskeyId;
import dev.gatehouse.domain.passkey.PasskeyName;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The passkey requests' fields, checked before any use case runs; every bad one is reported at once (422). */
final class PasskeyFields {

    private final List<FieldError> errors = new ArrayList<>();

    PasskeyName name(String raw) {
        try {
            return PasskeyName.ofTyped(Optional.ofNullable(raw));
        } catch (IllegalArgumentException invalid) {
            errors.add(new FieldError("name", "A passkey name has 1 to " + PasskeyName.MAX_LENGTH
                    + " characters and no control characters"));
            return null;
        }
    }

    /** The credential as JSON text: an object, of a sane size. */
    String credential(JsonNode raw) {
        if (raw == null || !raw.isObject()) {
            errors.add(new FieldError("credential", "The credential is required: the object PublicKeyCredential.toJSON() gives"));
            return null;
        }
        String json = raw.toString();
        if (json.length() > PasskeyRequest.MAX_CREDENTIAL_CHARS) {
            errors.add(new FieldError("credential", "The credential is too large"));
            return null;
        }
        return json;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** An id that is not one names no passkey of the account: 404, as an unknown one. */
    static PasskeyId id(String raw) {
        try {
            return PasskeyId.parse(raw);
        } catch (IllegalArgumentException notAnId) {
            throw new PasskeyNotFoundException();
        }
    }
}
