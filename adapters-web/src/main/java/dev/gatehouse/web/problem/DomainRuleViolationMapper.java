package dev.gatehouse.web.problem;

import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.shared.DomainRuleViolation;
import dev.gatehouse.domain.user.AccountPendingException;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import dev.gatehouse.domain.user.LastAdminException;
import dev.gatehouse.domain.user.UnknownRoleException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/** Domain refusals: their messages are written for people, so they may be shown. */
public final class DomainRuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {

    @Override
    public Response toResponse(DomainRuleViolation violation) {
        if (violation instanceof EmailAlreadyRegisteredException) {
            return ProblemType.EMAIL_TAKEN.response(violation.getMessage()).build();
        }
        if (violation instanceof LastAdminException) {
            return ProblemType.LAST_ADMIN.response(violation.getMessage()).build();
        }
        if (violation instanceof AccountPendingException) {
            return ProblemType.ACCOUNT_PENDING.response(violation.getMessage()).build();
        }
        return ProblemType.VALIDATION_FAILED.response("The request has invalid fields", fieldErrors(violation)).build();
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
        if (violation instanceof UnknownRoleException) {
            return List.of(new FieldError("roles", violation.getMessage()));
        }
        return List.of(new FieldError("", violation.getMessage()));
    }
}
