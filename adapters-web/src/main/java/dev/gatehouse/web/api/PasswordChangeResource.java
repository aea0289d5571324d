package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.account.ChangePasswordCommand;
import dev.gatehouse.application.port.in.account.ChangePasswordUseCase;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.CredentialSource;
import dev.gatehouse.web.auth.RecentAuthenticationRequired;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.FieldParser;
import dev.gatehouse.web.problem.InvalidRequestException;
import dev.gatehouse.web.problem.Problem;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The signed-in account changes its password: 204, and every other session of it ends. A wrong
 * current password is a 422 on that field, not a 401: the session itself is fine. A browser's
 * session (cookie) continues under a new token, set in the answer, since asking for the current
 * password was a re-authentication; a bearer token is left as it is, as nothing would tell the
 * integration of a new one.
 */
@Path("/api/users/me/password")
@Produces(MediaType.APPLICATION_JSON)
public final class PasswordChangeResource {

    static final String WRONG_CURRENT = "The current password is incorrect";

    private final ChangePasswordUseCase changePassword;
    private final CookieTokenRotation rotation;

    public PasswordChangeResource(ChangePasswordUseCase changePassword, CookieTokenRotation rotation) {
        this.changePassword = changePassword;
        this.rotation = rotation;
    }

    @PUT
    // Answered 204, or a problem: a client that accepts only problem documents (as generated ones do) is served.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Consumes(MediaType.APPLICATION_JSON)
    @RecentAuthenticationRequired
    public Response change(@Auth SignedInUser signedIn, PasswordChangeRequest body,
                           @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        FieldParser fields = new FieldParser();
        ClearTextPassword current = fields.password("currentPassword", body.currentPassword());
        ClearTextPassword next = fields.password("newPassword", body.newPassword());
        fields.throwIfAny();
        try {
            changePassword.changePassword(new ChangePasswordCommand(signedIn.authenticated(), current, next,
                    RequestOrigins.of(request)));
        } catch (InvalidCredentialsException wrongCurrent) {
            throw new InvalidRequestException(List.of(new FieldError("currentPassword", WRONG_CURRENT)));
        } catch (PasswordRejectedException rejected) {
            throw new InvalidRequestException(rejected.violations().stream()
                    .map(reason -> new FieldError("newPassword", reason.message())).toList());
        }
        if (signedIn.source() == CredentialSource.COOKIE) {
            rotation.rotateNow(request, signedIn.authenticated());
        }
        return Response.noContent().build();
    }
}
