package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.session.AccountDisabledException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answered only after the password was found right, so it tells nothing to whoever does not know it. */
public final class AccountDisabledMapper implements ExceptionMapper<AccountDisabledException> {

    public static final String DETAIL = "This account is disabled. If you think it should not be, ask an administrator.";

    @Override
    public Response toResponse(AccountDisabledException exception) {
        return UseCaseFailures.typeOf(exception).response(DETAIL).build();
    }
}
