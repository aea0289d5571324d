package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.account.ReauthenticationRequiredException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

public final class ReauthenticationRequiredMapper implements ExceptionMapper<ReauthenticationRequiredException> {

    public static final String DETAIL = "This needs an authentication from the last few minutes: re-authenticate (POST /api/session/reauthenticate) or sign in again";

    @Override
    public Response toResponse(ReauthenticationRequiredException exception) {
        return UseCaseFailures.typeOf(exception).response(DETAIL).build();
    }
}
