package dev.gatehouse.application.service.mfa;

import dev.gatehouse.application.port.in.mfa.SecondFactorStatus;
import dev.gatehouse.application.port.in.mfa.SecondFactorStatusUseCase;
import dev.gatehouse.application.port.out.RecoveryCodes;
import dev.gatehouse.application.port.out.TotpCredentials;
import dev.gatehouse.domain.user.User;

public final class SecondFactorStatusService implements SecondFactorStatusUseCase {

    private final TotpCredentials credentials;
    private final RecoveryCodes recoveryCodes;
    private final MfaSettings settings;

    public SecondFactorStatusService(TotpCredentials credentials, RecoveryCodes recoveryCodes, MfaSettings settings) {
        this.credentials = credentials;
        this.recoveryCodes = recoveryCodes;
        this.settings = settings;
    }

    @Override
    public SecondFactorStatus status(User user) {
        boolean totp = credentials.confirmed(user.id());
        return new SecondFactorStatus(totp, totp ? recoveryCodes.remaining(user.id()) : 0,
                !totp && requiresSecondFactor(user));
    }

    @Override
    public boolean enrolmentRequired(User user) {
        return requiresSecondFactor(user) && !credentials.confirmed(user.id());
    }

    private boolean requiresSecondFactor(User user) {
        return settings.requiredForRoles().stream().anyMatch(user::hasRole);
    }
}
