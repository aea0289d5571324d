package dev.gatehouse.web.problem;

import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.shared.DomainRuleViolation;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import dev.gatehouse.domain.user.SameEmailAddressException;
import dev.gatehouse.domain.user.UnknownRoleException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/** Domain refusals: their messages are written for people, so they may be shown. */
public final class DomainRuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {

    @Override
    public Response toResponse(DomainRuleViolation violation) {
        ProblemType type = UseCaseFailures.typeOf(violation);
        if (type != ProblemType.VALIDATION_FAILED) {
            // The taken address, the last admin, a pending account: a refusal of the whole request.
            return type.response(violation.getMessage()).build();
        }
        return type.response("The request has invalid fields", fieldErrors(violation)).build();
    }

    static List<FieldError> fieldErrors(DomainRuleViolation violation) {
        if (violation instanceof PasswordRejectedException rejected) {
            return rejected.violations().stream()
                    .map(reason -> new FieldError("password", reason.message()))
                    .toList();
        }
        if (violation instanceof InvalidEmailAddressException) {
            return List.of(new FieldError("email", violation.getMessage()));
        }
        if (violation instanceof SameEmailAddressException) {
            return List.of(new FieldError("newEmail", violation.getMessage()));
        }
        if (violation instanceof UnknownRoleException) {
            return List.of(new FieldError("roles", violation.getMessage()));
        }
        return List.of(new FieldError("", violation.getMessage()));
    }
}
