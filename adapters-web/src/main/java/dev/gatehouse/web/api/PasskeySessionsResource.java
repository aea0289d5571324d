package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.passkey.PasskeySignInCommand;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.web.PasskeyUseCases;
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

/**
 * Signing in with a passkey: the request options (no credentials named, so the browser offers any
 * of its passkeys for this site, in its autofill list too), then the assertion, answered as
 * {@code POST /api/sessions} answers a right password.
 */
@Path("/api/passkey-sessions")
@Produces(MediaType.APPLICATION_JSON)
public final class PasskeySessionsResource {

    private final PasskeyUseCases passkeys;
    private final SessionCookie cookie;
    private final SignInAnswers answers;

    public PasskeySessionsResource(PasskeyUseCases passkeys, SessionCookie cookie, SignInAnswers answers) {
        this.passkeys = passkeys;
        this.cookie = cookie;
        this.answers = answers;
    }

    @POST
    @Path("/options")
    public PasskeyOptionsJson.Request options() {
        return PasskeyOptionsJson.of(passkeys.startSignIn().start());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(PasskeyRequest body, @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        PasskeyFields fields = new PasskeyFields();
        String credential = fields.credential(body.credential());
        fields.throwIfAny();
        SignedIn signedIn = passkeys.signIn().signIn(new PasskeySignInCommand(credential, body.rememberMeRequested(),
                RequestOrigins.of(request), cookie.heldBy(request)));
        return answers.created(signedIn);
    }
}
