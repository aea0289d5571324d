package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.code.ConfirmPasswordResetCommand;
import dev.gatehouse.application.port.in.code.ConfirmPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.FieldParser;
import dev.gatehouse.web.problem.InvalidRequestException;
import dev.gatehouse.web.problem.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/password-resets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PasswordResetsResource {

    private final RequestPasswordResetUseCase requestReset;
    private final ConfirmPasswordResetUseCase confirmReset;

    public PasswordResetsResource(RequestPasswordResetUseCase requestReset, ConfirmPasswordResetUseCase confirmReset) {
        this.requestReset = requestReset;
        this.confirmReset = confirmReset;
    }

    @POST
    public Response request(EmailRequest body, @Context ContainerRequestContext request) {
        requestReset.requestPasswordReset(EmailRequest.codeRequest(body, RequestOrigins.of(request)));
        return Response.accepted(AcceptedJson.CODE_REQUESTED).build();
    }

    @POST
    @Path("/confirm")
    // Answered 204, or a problem: a client that accepts only problem documents (as generated ones do) is served.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response confirm(ConfirmResetRequest body, @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        FieldParser fields = new FieldParser();
        EmailAddress email = fields.email(body.email());
        OneTimeCode code = fields.code(body.code());
        ClearTextPassword password = fields.password("newPassword", body.newPassword());
        fields.throwIfAny();
        try {
            confirmReset.confirm(new ConfirmPasswordResetCommand(email, code, password, RequestOrigins.of(request)));
        } catch (PasswordRejectedException rejected) {
            throw new InvalidRequestException(rejected.violations().stream()
                    .map(reason -> new FieldError("newPassword", reason.message()))
                    .toList());
        }
        return Response.noContent().build();
    }
}
