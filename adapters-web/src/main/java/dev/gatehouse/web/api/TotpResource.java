package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.mfa.EnrolTotpUseCase;
import dev.gatehouse.application.port.in.mfa.RemoveTotpUseCase;
import dev.gatehouse.application.port.in.mfa.TotpEnrolment;
import dev.gatehouse.application.port.in.mfa.WrongSecondFactorException;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.mfa.RecoveryCode;
import dev.gatehouse.domain.mfa.SecondFactorEntry;
import dev.gatehouse.web.auth.RecentAuthenticationRequired;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.FieldParser;
import dev.gatehouse.web.problem.InvalidRequestException;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * The caller's authenticator app (TOTP): set up (201, pending), confirm with a first code (200 and
 * the recovery codes, shown once), remove with a code of the app or a recovery code (204). Each
 * needs a recent authentication. A wrong code is 422 on {@code code}: the session itself is fine.
 */
@Path("/api/users/me/totp")
@Produces(MediaType.APPLICATION_JSON)
public final class TotpResource {

    static final String WRONG_CODE = "The code is not right, or was already used";

    private final EnrolTotpUseCase enrol;
    private final RemoveTotpUseCase remove;

    public TotpResource(EnrolTotpUseCase enrol, RemoveTotpUseCase remove) {
        this.enrol = enrol;
        this.remove = remove;
    }

    @POST
    @RecentAuthenticationRequired
    public Response begin(@Auth SignedInUser signedIn, @Context ContainerRequestContext request) {
        TotpEnrolment enrolment = enrol.begin(signedIn.authenticated(), RequestOrigins.of(request));
        return Response.status(Response.Status.CREATED)
                .entity(new TotpEnrolmentJson(enrolment.secret(), enrolment.otpauthUri(), QrSvg.of(enrolment.otpauthUri())))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RecentAuthenticationRequired
    public Response confirm(@Auth SignedInUser signedIn, TotpCodeRequest body, @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        FieldParser fields = new FieldParser();
        OneTimeCode code = fields.code(body.code());
        fields.throwIfAny();
        try {
            List<RecoveryCode> codes = enrol.confirm(signedIn.authenticated(), code, RequestOrigins.of(request));
            return Response.ok(new RecoveryCodesJson(codes.stream().map(RecoveryCode::shown).toList()))
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (WrongSecondFactorException wrong) {
            throw new InvalidRequestException(List.of(new FieldError("code", WRONG_CODE)));
        }
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @RecentAuthenticationRequired
    public Response remove(@Auth SignedInUser signedIn, TotpCodeRequest body, @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        Optional<SecondFactorEntry> proof = SecondFactorEntry.parse(body.code());
        if (proof.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError("code", SecondFactorEntry.ENTRY_RULE)));
        }
        try {
            remove.remove(signedIn.authenticated(), proof.get(), RequestOrigins.of(request));
        } catch (WrongSecondFactorException wrong) {
            throw new InvalidRequestException(List.of(new FieldError("code", WRONG_CODE)));
        }
        return Response.noContent().build();
    }
}
