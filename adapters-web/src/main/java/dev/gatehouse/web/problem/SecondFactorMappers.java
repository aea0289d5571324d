package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.mfa.InvalidSecondFactorException;
import dev.gatehouse.application.port.in.mfa.SecondFactorEnrolmentRequiredException;
import dev.gatehouse.application.port.in.mfa.SecondFactorStateException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The second factors' failures as problem documents. */
public final class SecondFactorMappers {

    private SecondFactorMappers() {
    }

    public static final class Invalid implements ExceptionMapper<InvalidSecondFactorException> {

        public static final String DETAIL = "Code not accepted, or the sign-in expired: start again if it keeps failing";

        @Override
        public Response toResponse(InvalidSecondFactorException exception) {
            return UseCaseFailures.typeOf(exception).response(DETAIL).build();
        }
    }

    public static final class EnrolmentRequired implements ExceptionMapper<SecondFactorEnrolmentRequiredException> {

        public static final String DETAIL = "Your role requires a second factor: set up an authenticator app"
                + " (POST /api/users/me/totp) before anything else";

        @Override
        public Response toResponse(SecondFactorEnrolmentRequiredException exception) {
            return UseCaseFailures.typeOf(exception).response(DETAIL).build();
        }
    }

    public static final class State implements ExceptionMapper<SecondFactorStateException> {

        @Override
        public Response toResponse(SecondFactorStateException exception) {
            return UseCaseFailures.typeOf(exception).response(exception.getMessage()).build();
        }
    }
}
