package dev.gatehouse.web.problem;

import java.util.List;

/** Input a resource refused before it reached a use case; answered 422 with every field's error. */
public final class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("invalid request", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
