package dev.gatehouse.web.problem;

import dev.gatehouse.application.port.in.passkey.InvalidPasskeyException;
import dev.gatehouse.application.port.in.passkey.PasskeyNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The passkeys' refusals as problem documents. */
public final class PasskeyMappers {

    private PasskeyMappers() {
    }

    public static final class NotFound implements ExceptionMapper<PasskeyNotFoundException> {

        @Override
        public Response toResponse(PasskeyNotFoundException exception) {
            return UseCaseFailures.typeOf(exception).response("No such passkey").build();
        }
    }

    /** The reason is a fixed sentence of the use case's, never what the browser sent. */
    public static final class Invalid implements ExceptionMapper<InvalidPasskeyException> {

        @Override
        public Response toResponse(InvalidPasskeyException refused) {
            return UseCaseFailures.typeOf(refused).response("The passkey was not added. " + refused.getMessage()).build();
        }
    }
}
