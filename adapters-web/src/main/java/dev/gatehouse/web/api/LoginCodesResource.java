package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.application.port.in.code.VerifySignInCodeCommand;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.in.session.SecondFactorRequiredException;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.BrowserTimezone;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.RegistrationToken;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

@Path("/api/login-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class LoginCodesResource {

    private final RequestSignInCodeUseCase requestCode;
    private final VerifySignInCodeUseCase verifyCode;
    private final SessionCookie cookie;
    private final SignInAnswers answers;

    public LoginCodesResource(RequestSignInCodeUseCase requestCode, VerifySignInCodeUseCase verifyCode,
                              SessionCookie cookie, SignInAnswers answers) {
        this.requestCode = requestCode;
        this.verifyCode = verifyCode;
        this.cookie = cookie;
        this.answers = answers;
    }

    @POST
    public Response request(EmailRequest body, @Context ContainerRequestContext request) {
        requestCode.requestSignInCode(EmailRequest.codeRequest(body, RequestOrigins.of(request),
                cookie.heldBy(request).device()));
        return Response.accepted(AcceptedJson.CODE_REQUESTED).build();
    }

    @POST
    @Path("/verify")
    public Response verify(VerifyCodeRequest body, @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        FieldParser fields = new FieldParser();
        EmailAddress email = fields.email(body.email());
        OneTimeCode code = fields.code(body.code());
        Optional<RegistrationToken> registration = fields.registration(body.registration());
        fields.throwIfAny();
        try {
            return answers.created(verifyCode.verify(new VerifySignInCodeCommand(
                    email, code, body.rememberMeRequested(), BrowserTimezone.parse(body.timezone()),
                    RequestOrigins.of(request), cookie.heldBy(request), registration)));
        } catch (SecondFactorRequiredException secondStep) {
            return SignInAnswers.secondFactorRequired(secondStep);
        }
    }
}
