package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.account.ReauthenticationRequiredException;
import dev.gatehouse.application.port.in.mfa.InvalidSecondFactorException;
import dev.gatehouse.application.port.in.mfa.SecondFactorEnrolmentRequiredException;
import dev.gatehouse.application.port.in.mfa.SecondFactorStateException;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.in.article.ArticleNotFoundException;
import dev.gatehouse.application.port.in.article.FreeReadsSpentException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.passkey.InvalidPasskeyException;
import dev.gatehouse.application.port.in.passkey.PasskeyNotFoundException;
import dev.gatehouse.application.port.in.session.AccountDisabledException;
import dev.gatehouse.application.port.in.session.EmailUnverifiedException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import dev.gatehouse.domain.shared.DomainRuleViolation;
import dev.gatehouse.domain.user.AccountPendingException;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.LastAdminException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table from the failures a use case declares to the kind of problem, and so the HTTP
 * status, they are answered with. The problem mappers read it for the JSON API and the form
 * refusals for the pages, so a failure has the same status on both faces.
 */
public final class UseCaseFailures {

    // In order: the first type a failure is an instance of decides, so the specific come before the general.
    private static final List<Map.Entry<Class<? extends RuntimeException>, ProblemType>> TABLE = List.of(
            Map.entry(InvalidCredentialsException.class, ProblemType.INVALID_CREDENTIALS),
            Map.entry(InvalidCodeException.class, ProblemType.INVALID_CODE),
            Map.entry(ReauthenticationRequiredException.class, ProblemType.REAUTHENTICATION_REQUIRED),
            Map.entry(InvalidSecondFactorException.class, ProblemType.INVALID_SECOND_FACTOR),
            Map.entry(SecondFactorEnrolmentRequiredException.class, ProblemType.SECOND_FACTOR_ENROLMENT_REQUIRED),
            Map.entry(SecondFactorStateException.class, ProblemType.SECOND_FACTOR_STATE),
            Map.entry(EmailUnverifiedException.class, ProblemType.EMAIL_UNVERIFIED),
            Map.entry(AccountDisabledException.class, ProblemType.ACCOUNT_DISABLED),
            Map.entry(EmailAlreadyRegisteredException.class, ProblemType.EMAIL_TAKEN),
            Map.entry(LastAdminException.class, ProblemType.LAST_ADMIN),
            Map.entry(AccountPendingException.class, ProblemType.ACCOUNT_PENDING),
            Map.entry(DomainRuleViolation.class, ProblemType.VALIDATION_FAILED),
            Map.entry(TooManyAttemptsException.class, ProblemType.TOO_MANY_ATTEMPTS),
            Map.entry(CapacityExceededException.class, ProblemType.BUSY),
            Map.entry(SessionNotFoundException.class, ProblemType.NOT_FOUND),
            Map.entry(UserNotFoundException.class, ProblemType.NOT_FOUND),
            Map.entry(ArticleNotFoundException.class, ProblemType.NOT_FOUND),
            Map.entry(PasskeyNotFoundException.class, ProblemType.NOT_FOUND),
            Map.entry(InvalidPasskeyException.class, ProblemType.INVALID_PASSKEY),
            Map.entry(FreeReadsSpentException.class, ProblemType.FREE_READS_SPENT));

    private UseCaseFailures() {
    }

    /** The kind of problem a use-case failure is; anything not in the table is not one of them. */
    public static ProblemType typeOf(RuntimeException failure) {
        return find(failure).orElseThrow(() -> new IllegalArgumentException(
                "not a use-case failure: " + failure.getClass().getName()));
    }

    public static int statusOf(RuntimeException failure) {
        return typeOf(failure).status();
    }

    private static Optional<ProblemType> find(RuntimeException failure) {
        return TABLE.stream().filter(entry -> entry.getKey().isInstance(failure)).map(Map.Entry::getValue).findFirst();
    }
}
