package dev.gatehouse.application.port.in.mfa;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.time.Instant;

/** Sudo mode: sensitive actions need a recent authentication, which this renews. */
public interface ReauthenticateUseCase {

    /**
     * Records that the session's person proved themselves now.
     *
     * @throws WrongSecondFactorException for a wrong or used authenticator code, or an account without an app
     * @throws dev.gatehouse.application.port.in.session.InvalidCredentialsException for a wrong password, or an account without one
     * @throws dev.gatehouse.application.port.in.TooManyAttemptsException while the account's guessing waits
     */
    void reauthenticate(Authenticated current, ReauthenticationProof proof, RequestOrigin origin);

    /**
     * @throws dev.gatehouse.application.port.in.account.ReauthenticationRequiredException when the session's
     *         person last proved themselves longer ago than {@code security.recentAuthentication}
     */
    void requireRecent(Authenticated current);

    /** Until when the session counts as recently authenticated. */
    Instant recentUntil(Authenticated current);
}
