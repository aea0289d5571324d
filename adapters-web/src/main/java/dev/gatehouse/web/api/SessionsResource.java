package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.session.ListOwnSessionsUseCase;
import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.application.port.in.session.PasswordLoginUseCase;
import dev.gatehouse.application.port.in.session.RevokeOwnSessionUseCase;
import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import dev.gatehouse.application.port.in.session.SecondFactorRequiredException;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldParser;
import dev.gatehouse.web.problem.Problem;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionsResource {

    private final PasswordLoginUseCase passwordLogin;
    private final ListOwnSessionsUseCase listOwnSessions;
    private final RevokeOwnSessionUseCase revokeOwnSession;
    private final SessionCookie cookie;
    private final SignInAnswers answers;

    public SessionsResource(PasswordLoginUseCase passwordLogin, ListOwnSessionsUseCase listOwnSessions,
                            RevokeOwnSessionUseCase revokeOwnSession, SessionCookie cookie, SignInAnswers answers) {
        this.passwordLogin = passwordLogin;
        this.listOwnSessions = listOwnSessions;
        this.revokeOwnSession = revokeOwnSession;
        this.cookie = cookie;
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response logIn(LoginRequest body, @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        FieldParser fields = new FieldParser();
        EmailAddress email = fields.email(body.email());
        ClearTextPassword password = fields.password("password", body.password());
        fields.throwIfAny();
        try {
            return answers.created(passwordLogin.logIn(
                    new PasswordLoginCommand(email, password, body.rememberMeRequested(), RequestOrigins.of(request),
                            cookie.heldBy(request))));
        } catch (SecondFactorRequiredException secondStep) {
            return SignInAnswers.secondFactorRequired(secondStep);
        }
    }

    @GET
    public List<SessionJson> list(@Auth SignedInUser signedIn) {
        return listOwnSessions.listOwnSessions(signedIn.authenticated()).stream().map(ApiMapper::session).toList();
    }

    @DELETE
    @Path("/{id}")
    // Answered 204, or a problem: a client that accepts only problem documents (as generated ones do) is served.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response revoke(@Auth SignedInUser signedIn, @PathParam("id") String id,
                           @Context ContainerRequestContext request) {
        revokeOwnSession.revoke(RequestOrigins.actor(signedIn.authenticated().user(), request), parseId(id));
        return Response.noContent().build();
    }

    private static SessionId parseId(String id) {
        try {
            return SessionId.parse(id);
        } catch (IllegalArgumentException notAnId) {
            throw new SessionNotFoundException();
        }
    }
}
