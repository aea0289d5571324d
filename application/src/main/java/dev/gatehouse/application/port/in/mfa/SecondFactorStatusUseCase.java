package dev.gatehouse.application.port.in.mfa;

import dev.gatehouse.domain.user.User;

public interface SecondFactorStatusUseCase {

    SecondFactorStatus status(User user);

    /**
     * Whether the account must enrol before anything else: it holds a role of
     * {@code mfa.requiredForRoles} and has no second factor. Asks storage only for such accounts.
     */
    boolean enrolmentRequired(User user);
}
