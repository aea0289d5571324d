package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.mfa.ReauthenticateUseCase;
import dev.gatehouse.application.port.in.mfa.ReauthenticationProof;
import dev.gatehouse.application.port.in.mfa.WrongSecondFactorException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.FieldParser;
import dev.gatehouse.web.problem.InvalidRequestException;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Sudo mode: the password or a code of the authenticator app, and for {@code security.recentAuthentication}
 * the session may do sensitive things. 204; a wrong proof is 422 on its field (the session is fine).
 */
@Path("/api/session/reauthenticate")
@Produces(MediaType.APPLICATION_JSON)
public final class ReauthenticationResource {

    static final String WRONG_PASSWORD = "The password is incorrect";
    static final String ONE_PROOF = "Give either the password or a code of your authenticator app";

    private final ReauthenticateUseCase reauthenticate;

    public ReauthenticationResource(ReauthenticateUseCase reauthenticate) {
        this.reauthenticate = reauthenticate;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reauthenticate(@Auth SignedInUser signedIn, ReauthenticateRequest body,
                                   @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        boolean password = body.password() != null && !body.password().isEmpty();
        boolean code = body.code() != null && !body.code().isEmpty();
        if (password == code) {
            throw new InvalidRequestException(List.of(new FieldError(password ? "code" : "password", ONE_PROOF)));
        }
        ReauthenticationProof proof;
        if (password) {
            proof = new ReauthenticationProof.Password(new ClearTextPassword(body.password()));
        } else {
            FieldParser fields = new FieldParser();
            OneTimeCode totp = fields.code(body.code());
            fields.throwIfAny();
            proof = new ReauthenticationProof.Totp(totp);
        }
        try {
            reauthenticate.reauthenticate(signedIn.authenticated(), proof, RequestOrigins.of(request));
        } catch (InvalidCredentialsException wrong) {
            throw new InvalidRequestException(List.of(new FieldError("password", WRONG_PASSWORD)));
        } catch (WrongSecondFactorException wrong) {
            throw new InvalidRequestException(List.of(new FieldError("code", TotpResource.WRONG_CODE)));
        }
        return Response.noContent().build();
    }
}
