package dev.gatehouse.web.page;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.session.AccountDisabledException;
import dev.gatehouse.application.port.in.session.EmailUnverifiedException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.page.view.FormErrorsFragment;
import dev.gatehouse.web.problem.AccountDisabledMapper;
import dev.gatehouse.web.problem.FieldParser;
import dev.gatehouse.web.problem.InvalidCredentialsMapper;
import dev.gatehouse.web.problem.SecondFactorMappers;
import dev.gatehouse.application.port.in.mfa.InvalidSecondFactorException;
import dev.gatehouse.web.problem.ProblemType;
import dev.gatehouse.web.problem.RetryAfter;
import dev.gatehouse.web.problem.UseCaseFailures;
import io.dropwizard.views.common.View;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * A form submission that was not accepted: the status the JSON API would answer (read from
 * {@link UseCaseFailures}), and the errors to
 * show. With htmx only the errors go back, as a fragment for the form's error region; without
 * JavaScript the whole page comes back with the errors and what was typed.
 */
public record FormRefusal(int status, FormErrors errors, Optional<Duration> retryAfter) {

    /** The pages' wording: the API's names the endpoint, this one the link below the form. */
    static final String UNVERIFIED_ON_PAGES = "Your password is right, but your address is not confirmed yet. "
            + "Use \u201cSign in with a code instead\u201d below: the code we mail you confirms the address.";

    public static FormRefusal invalid(FormErrors errors) {
        return new FormRefusal(ProblemType.VALIDATION_FAILED.status(), errors, Optional.empty());
    }

    /** The fields a {@link FieldParser} found bad, each with its message; the first one gets the focus. */
    public static FormRefusal invalid(FieldParser fields) {
        return invalid(FormErrors.onFields(fields.errors().stream()
                .map(error -> new FormErrors.Item(error.field(), error.message())).toList()));
    }

    /** Refused for {@code failure}, with the status the JSON API answers it with, showing {@code errors}. */
    public static FormRefusal because(RuntimeException failure, FormErrors errors) {
        return new FormRefusal(UseCaseFailures.statusOf(failure), errors, Optional.empty());
    }

    /**
     * The use-case failures a person can act on, worded as the API words them; anything else is not
     * ours to explain and is rethrown.
     */
    public static FormRefusal of(RuntimeException failure) {
        if (failure instanceof InvalidCredentialsException) {
            // Neither field is known to be wrong, but the password is what people retype.
            return because(failure, FormErrors.general(InvalidCredentialsMapper.DETAIL).focusing("password"));
        }
        if (failure instanceof EmailUnverifiedException) {
            // Only a right password gets here; a code sign-in is the way on.
            return because(failure, FormErrors.general(UNVERIFIED_ON_PAGES));
        }
        if (failure instanceof AccountDisabledException) {
            // Only a right password gets here: no field to fix, an administrator to ask.
            return because(failure, FormErrors.general(AccountDisabledMapper.DETAIL));
        }
        if (failure instanceof InvalidCodeException wrongCode) {
            // Wrong, expired, used or exhausted: one message for all; the code is what people retype.
            return because(failure, FormErrors.general(wrongCode.getMessage()).focusing("code"));
        }
        if (failure instanceof InvalidSecondFactorException) {
            return because(failure, FormErrors.general(SecondFactorMappers.Invalid.DETAIL).focusing("code"));
        }
        if (failure instanceof PasswordRejectedException rejected) {
            return because(failure, FormErrors.onFields(rejected.violations().stream()
                    .map(violation -> new FormErrors.Item("password", violation.message())).toList()));
        }
        if (failure instanceof EmailAlreadyRegisteredException taken) {
            return because(failure, FormErrors.onField("email", taken.getMessage()));
        }
        if (failure instanceof TooManyAttemptsException throttled) {
            return waitAndRetry(failure, "Too many attempts. Try again in ", throttled.retryAfter());
        }
        if (failure instanceof CapacityExceededException busy) {
            return waitAndRetry(failure, "The service is busy. Try again in ", busy.retryAfter());
        }
        throw failure;
    }

    private static FormRefusal waitAndRetry(RuntimeException failure, String message, Duration wait) {
        // Whole seconds, rounded up and at least one, like the Retry-After header that goes along.
        Duration seconds = Duration.ofSeconds(RetryAfter.seconds(wait));
        return new FormRefusal(UseCaseFailures.statusOf(failure), FormErrors.general(message + describe(seconds) + "."),
                Optional.of(seconds));
    }

    static String describe(Duration wait) {
        long seconds = wait.toSeconds();
        if (seconds < 120) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return (seconds + 59) / 60 + " minutes";
    }

    public Response.ResponseBuilder answer(HttpHeaders headers, Function<FormErrors, View> wholePage) {
        View body = Htmx.requested(headers) ? new FormErrorsFragment(errors) : wholePage.apply(errors);
        Response.ResponseBuilder response = Response.status(status).entity(body);
        retryAfter.ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, wait.toSeconds()));
        return response;
    }
}
