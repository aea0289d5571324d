package dev.gatehouse.web.problem;

import java.util.List;

/** Every exception mapper of the service, so the app and the resource tests register the same set. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    public static List<Object> all() {
        return List.of(
                new DomainRuleViolationMapper(),
                new InvalidRequestMapper(),
                new InvalidCredentialsMapper(),
                new EmailUnverifiedMapper(),
                new AccountDisabledMapper(),
                new InvalidCodeMapper(),
                new ReauthenticationRequiredMapper(),
                new SecondFactorMappers.Invalid(),
                new SecondFactorMappers.EnrolmentRequired(),
                new SecondFactorMappers.State(),
                new TooManyAttemptsMapper(),
                new SessionNotFoundMapper(),
                new UserNotFoundMapper(),
                new ArticleMappers.NotFound(),
                new ArticleMappers.FreeReadsSpent(),
                new PasskeyMappers.NotFound(),
                new PasskeyMappers.Invalid(),
                new CapacityExceededMapper(),
                new MalformedJsonMapper(),
                new WebApplicationExceptionMapper(),
                new UnexpectedExceptionMapper());
    }
}
