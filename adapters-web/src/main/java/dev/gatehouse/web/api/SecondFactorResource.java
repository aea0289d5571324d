package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.mfa.CompleteSecondFactorCommand;
import dev.gatehouse.application.port.in.mfa.CompleteSecondFactorUseCase;
import dev.gatehouse.domain.mfa.ChallengeToken;
import dev.gatehouse.domain.mfa.SecondFactorEntry;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.FieldParser;
import dev.gatehouse.web.problem.InvalidRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The second step of a sign-in: 201 with the session as any sign-in, or 401 alike for every refusal. */
@Path("/api/sessions/second-factor")
@Produces(MediaType.APPLICATION_JSON)
public final class SecondFactorResource {

    private final CompleteSecondFactorUseCase complete;
    private final SessionCookie cookie;
    private final SignInAnswers answers;

    public SecondFactorResource(CompleteSecondFactorUseCase complete, SessionCookie cookie, SignInAnswers answers) {
        this.complete = complete;
        this.cookie = cookie;
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(SecondFactorRequest body, @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        List<FieldError> errors = new ArrayList<>();
        Optional<ChallengeToken> challenge = ChallengeToken.parse(body.challenge());
        if (challenge.isEmpty()) {
            errors.add(new FieldError("challenge", "Not a challenge this service handed out"));
        }
        Optional<SecondFactorEntry> entry = SecondFactorEntry.parse(body.code());
        if (entry.isEmpty()) {
            errors.add(new FieldError("code", SecondFactorEntry.ENTRY_RULE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return answers.created(complete.complete(new CompleteSecondFactorCommand(challenge.get(), entry.get(),
                RequestOrigins.of(request), cookie.heldBy(request))));
    }
}
