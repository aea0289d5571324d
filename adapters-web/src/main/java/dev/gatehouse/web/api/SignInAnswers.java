package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.mfa.SecondFactorStatusUseCase;
import dev.gatehouse.application.port.in.session.SecondFactorRequiredException;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.domain.mfa.SecondFactorMethod;
import dev.gatehouse.web.auth.SessionCookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The answers of every way of signing in: 201 with the session (and its cookie), flagged when the
 * account must enrol a second factor before anything else; or 202 with a second-factor challenge
 * and no session at all.
 */
public final class SignInAnswers {

    private final SessionCookie cookie;
    private final SecondFactorStatusUseCase status;

    public SignInAnswers(SessionCookie cookie, SecondFactorStatusUseCase status) {
        this.cookie = cookie;
        this.status = status;
    }

    public Response created(SignedIn signedIn) {
        SessionCreatedJson json = new SessionCreatedJson(
                signedIn.token().value(),
                ApiMapper.time(signedIn.expiresAt()),
                signedIn.token().csrfToken(),
                ApiMapper.user(signedIn.user()),
                status.enrolmentRequired(signedIn.user()) ? Boolean.TRUE : null);
        Response.ResponseBuilder created = Response.status(Response.Status.CREATED).entity(json);
        cookie.afterSignIn(signedIn).forEach(setCookie -> created.header(HttpHeaders.SET_COOKIE, setCookie));
        return created.build();
    }

    public static Response secondFactorRequired(SecondFactorRequiredException required) {
        return Response.accepted(new SecondFactorRequiredJson(true, required.challenge().value(),
                        required.methods().stream().map(SecondFactorMethod::id).toList(),
                        ApiMapper.time(required.expiresAt())))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
