package dev.gatehouse.application.service.mfa;

import dev.gatehouse.application.port.in.session.SecondFactorRequiredException;
import dev.gatehouse.application.port.out.MfaSecrets;
import dev.gatehouse.application.port.out.RecoveryCodes;
import dev.gatehouse.application.port.out.SecondFactorChallenges;
import dev.gatehouse.application.port.out.TotpCredentials;
import dev.gatehouse.application.service.session.SecondFactorGate;
import dev.gatehouse.domain.mfa.ChallengeToken;
import dev.gatehouse.domain.mfa.SecondFactorChallenge;
import dev.gatehouse.domain.mfa.SecondFactorMethod;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * After a right password or sign-in code, an account with a confirmed authenticator app gets a
 * challenge in place of a session: only the hash of its token is stored, and it names how the
 * first factor was given and whether to stay signed in, for the session the second factor starts.
 */
public final class SecondFactorChallenger implements SecondFactorGate {

    private final TotpCredentials credentials;
    private final RecoveryCodes recoveryCodes;
    private final SecondFactorChallenges challenges;
    private final MfaSecrets secrets;
    private final MfaSettings settings;

    public SecondFactorChallenger(TotpCredentials credentials, RecoveryCodes recoveryCodes,
                                  SecondFactorChallenges challenges, MfaSecrets secrets, MfaSettings settings) {
        this.credentials = credentials;
        this.recoveryCodes = recoveryCodes;
        this.challenges = challenges;
        this.secrets = secrets;
        this.settings = settings;
    }

    @Override
    public void check(User user, SignInMethod method, boolean rememberMe, RequestOrigin origin, Instant now) {
        if (!credentials.confirmed(user.id())) {
            return;
        }
        ChallengeToken token = secrets.newChallengeToken();
        SecondFactorChallenge challenge = SecondFactorChallenge.issue(token, user.id(), method, rememberMe, now,
                settings.challengeLifetime());
        challenges.add(challenge, now);
        throw new SecondFactorRequiredException(token, methods(user), challenge.expiresAt());
    }

    private List<SecondFactorMethod> methods(User user) {
        List<SecondFactorMethod> methods = new ArrayList<>(List.of(SecondFactorMethod.TOTP));
        if (recoveryCodes.remaining(user.id()) > 0) {
            methods.add(SecondFactorMethod.RECOVERY_CODE);
        }
        return methods;
    }
}
