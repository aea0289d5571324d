package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.account.AccountExport;
import dev.gatehouse.application.port.in.account.AccountProof;
import dev.gatehouse.application.port.in.account.DeleteAccountCommand;
import dev.gatehouse.application.port.in.account.DeleteAccountUseCase;
import dev.gatehouse.application.port.in.account.ExportAccountUseCase;
import dev.gatehouse.application.port.in.account.WrongProofException;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.web.auth.CredentialSource;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.auth.RecentAuthenticationRequired;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.FieldParser;
import dev.gatehouse.web.problem.InvalidRequestException;
import dev.gatehouse.web.problem.Problem;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The signed-in account itself: read it, take a copy of its data away, or delete it. Deleting asks
 * for the password again (or, without one, a sign-in code just requested), since a session can be
 * stolen; a browser's session cookie is cleared in the answer, as its session no longer exists.
 */
@Path("/api/users/me")
@Produces(MediaType.APPLICATION_JSON)
public final class OwnAccountResource {

    public static final String EXPORT_FILE_NAME = "gatehouse-account.json";
    static final String PROOF_REQUIRED = "Give your password, or a sign-in code if your account has no password";

    private final DeleteAccountUseCase deleteAccount;
    private final ExportAccountUseCase exportAccount;
    private final SessionCookie cookie;

    public OwnAccountResource(DeleteAccountUseCase deleteAccount, ExportAccountUseCase exportAccount,
                              SessionCookie cookie) {
        this.deleteAccount = deleteAccount;
        this.exportAccount = exportAccount;
        this.cookie = cookie;
    }

    @GET
    public UserJson me(@Auth SignedInUser signedIn) {
        return ApiMapper.user(signedIn.authenticated().user());
    }

    @DELETE
    // Answered 204, or a problem: a client that accepts only problem documents (as generated ones do) is served.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Consumes(MediaType.APPLICATION_JSON)
    @RecentAuthenticationRequired
    public Response delete(@Auth SignedInUser signedIn, DeleteAccountRequest body,
                           @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        AccountProof proof = proof(body);
        try {
            deleteAccount.delete(new DeleteAccountCommand(signedIn.authenticated(), proof, RequestOrigins.of(request)));
        } catch (WrongProofException wrongKind) {
            String field = proof instanceof AccountProof.Password ? "password" : "code";
            throw new InvalidRequestException(List.of(new FieldError(field, wrongKind.getMessage())));
        }
        Response.ResponseBuilder answer = Response.noContent();
        if (signedIn.source() == CredentialSource.COOKIE) {
            answer.header(HttpHeaders.SET_COOKIE, cookie.clear());
        }
        return answer.build();
    }

    @GET
    @Path("/export")
    public Response export(@Auth SignedInUser signedIn) {
        return attachment(exportAccount.export(signedIn.authenticated()));
    }

    /** The export as a download, for the API and the account page alike. */
    public static Response attachment(AccountExport export) {
        return Response.ok(AccountExportJson.of(export), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + EXPORT_FILE_NAME + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Exactly one of the two, each in its valid form. */
    private static AccountProof proof(DeleteAccountRequest body) {
        boolean hasPassword = body.password() != null && !body.password().isEmpty();
        boolean hasCode = body.code() != null && !body.code().isBlank();
        if (hasPassword == hasCode) {
            throw new InvalidRequestException(List.of(new FieldError(hasPassword ? "code" : "password", PROOF_REQUIRED)));
        }
        FieldParser fields = new FieldParser();
        if (hasPassword) {
            ClearTextPassword password = fields.password("password", body.password());
            fields.throwIfAny();
            return new AccountProof.Password(password);
        }
        OneTimeCode code = fields.code(body.code());
        fields.throwIfAny();
        return new AccountProof.Code(code);
    }
}
