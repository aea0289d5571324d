package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.session.EmailUnverifiedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answered only after the password was found right, so it tells nothing to whoever does not know it. */
public final class EmailUnverifiedMapper implements ExceptionMapper<EmailUnverifiedException> {

    public static final String DETAIL =
            "The address is not confirmed yet. Sign in with a code sent to it; that confirms it and keeps your password.";

    @Override
    public Response toResponse(EmailUnverifiedException exception) {
        return UseCaseFailures.typeOf(exception).response(DETAIL).build();
    }
}
