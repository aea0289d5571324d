package dev.gatehouse.application.service.session;

import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * Asked by {@link SessionStarter} after a right first factor, before any session starts: an account
 * with a second factor gets a challenge instead ({@code SecondFactorRequiredException}).
 */
@FunctionalInterface
public interface SecondFactorGate {

    /** For services without second factors (and the tests of the sign-in slices). */
    SecondFactorGate NONE = (user, method, rememberMe, origin, now) -> { };

    /** @throws dev.gatehouse.application.port.in.session.SecondFactorRequiredException when the account asks for one */
    void check(User user, SignInMethod method, boolean rememberMe, RequestOrigin origin, Instant now);
}
