package dev.gatehouse.web.api;

import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.InvalidRequestException;
import dev.gatehouse.web.problem.ProblemType;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a body's raw fields into domain values, reporting every bad field at once. */
final class RequestFields {

    private final List<FieldError> errors = new ArrayList<>();

    static void requireBody(Object body) {
        if (body == null) {
            throw new WebApplicationException(ProblemType.MALFORMED_REQUEST.response("A JSON body is required").build());
        }
    }

    EmailAddress email(String raw) {
        try {
            return EmailAddress.of(raw);
        } catch (InvalidEmailAddressException invalid) {
            errors.add(new FieldError("email", invalid.getMessage()));
            return null;
        }
    }

    ClearTextPassword password(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            errors.add(new FieldError(field, "Password is required"));
            return null;
        }
        return new ClearTextPassword(raw);
    }

    OneTimeCode code(String raw) {
        Optional<OneTimeCode> code = OneTimeCode.parseEntered(raw);
        if (code.isEmpty()) {
            errors.add(new FieldError("code", OneTimeCode.ENTRY_RULE));
        }
        return code.orElse(null);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
