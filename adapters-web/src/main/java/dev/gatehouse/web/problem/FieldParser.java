package dev.gatehouse.web.problem;

import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.RegistrationToken;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the raw fields of a JSON body or a form into domain values, collecting every bad field's
 * error so that all are reported at once: the API answers them as a 422 problem
 * ({@link #throwIfAny}), the pages show them on the form again ({@link #errors}).
 */
public final class FieldParser {

    private final List<FieldError> errors = new ArrayList<>();

    public static void requireBody(Object body) {
        if (body == null) {
            throw new WebApplicationException(ProblemType.MALFORMED_REQUEST.response("A JSON body is required").build());
        }
    }

    public EmailAddress email(String raw) {
        try {
            return EmailAddress.of(raw);
        } catch (InvalidEmailAddressException invalid) {
            errors.add(new FieldError("email", invalid.getMessage()));
            return null;
        }
    }

    public ClearTextPassword password(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            errors.add(new FieldError(field, "Password is required"));
            return null;
        }
        return new ClearTextPassword(raw);
    }

    /** Six digits, as the mail shows them; spaces around them are forgiven. */
    public OneTimeCode code(String raw) {
        Optional<OneTimeCode> code = OneTimeCode.parseEntered(raw);
        if (code.isEmpty()) {
            errors.add(new FieldError("code", OneTimeCode.ENTRY_RULE));
        }
        return code.orElse(null);
    }

    /** Absent is fine (not every client registered); present, it must be shaped like a token we hand out. */
    public Optional<RegistrationToken> registration(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Optional<RegistrationToken> token = RegistrationToken.parse(raw);
        if (token.isEmpty()) {
            errors.add(new FieldError("registration", "Not a registration token"));
        }
        return token;
    }

    public boolean anyInvalid() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** The JSON API's answer to bad fields: a 422 problem listing them. */
    public void throwIfAny() {
        if (anyInvalid()) {
            throw new InvalidRequestException(errors);
        }
    }
}
