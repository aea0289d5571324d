package dev.gatehouse.application.port.in.session;

import java.util.Optional;

/**
 * Gives a remember-me session a new token once its current one is old enough ({@code TokenRotation}).
 * Called only for requests whose token came in a cookie, which the answer can replace; an
 * integration's bearer token is left alone, since nothing would tell the integration of the new one.
 */
public interface RotateSessionTokenUseCase {

    /** The request's identity under the new token, or empty when no rotation was due or another request won it. */
    Optional<Authenticated> rotateIfDue(Authenticated current);

    /**
     * A new token now, whatever the session's kind or the token's age: after the person proved who
     * they are again (a password change asks for the current password). Empty when another
     * request replaced the token first.
     */
    Optional<Authenticated> rotate(Authenticated current);
}
