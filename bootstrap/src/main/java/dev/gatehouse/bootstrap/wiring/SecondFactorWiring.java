package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.service.mfa.CompleteSecondFactorService;
import dev.gatehouse.application.service.mfa.MfaSettings;
import dev.gatehouse.application.service.mfa.ReauthenticationService;
import dev.gatehouse.application.service.mfa.RecentAuthentications;
import dev.gatehouse.application.service.mfa.SecondFactorChallenger;
import dev.gatehouse.application.service.mfa.SecondFactorStatusService;
import dev.gatehouse.application.service.mfa.SecondFactorVerifier;
import dev.gatehouse.application.service.mfa.TotpEnrolmentService;
import dev.gatehouse.application.service.session.SecondFactorGate;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.application.service.throttle.Throttle;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.wiring.Credentials.SecondFactorCredentials;
import dev.gatehouse.bootstrap.wiring.Persistence.Accounts;
import dev.gatehouse.bootstrap.wiring.Persistence.SecondFactorStore;
import dev.gatehouse.web.SecondFactorUseCases;
import java.time.Clock;

/**
 * Wires second factors: the gate every first-factor sign-in passes (an account with an authenticator
 * app gets a challenge instead of a session), then enrolment and removal, the second step of a
 * sign-in, re-authentication for sensitive actions, and each account's status.
 */
public final class SecondFactorWiring {

    private SecondFactorWiring() {
    }

    public static MfaSettings settings(GatehouseConfiguration configuration) {
        return new MfaSettings(configuration.getServiceName(), configuration.getMfa().challengeLifetime(),
                configuration.getSecurity().recentAuthentication(), configuration.getMfa().requiredForRoles());
    }

    /** Sudo mode's rule, for the slices whose sensitive actions ask it themselves (the change of address). */
    public static RecentAuthentications recentAuthentications(SecondFactorStore store, MfaSettings settings,
                                                              Clock clock) {
        return new RecentAuthentications(store.reauthentications(), settings.recentAuthentication(), clock);
    }

    /** Built before the session slice, whose starter asks it. */
    public static SecondFactorGate gate(SecondFactorStore store, Credentials credentials, MfaSettings settings) {
        return new SecondFactorChallenger(store.totp(), store.totp(), store.challenges(),
                credentials.secondFactors().secrets(), settings);
    }

    public static SecondFactorUseCases wire(SecondFactorStore store, Credentials credentials, Accounts accounts,
                                            SessionStarter starter, Throttle throttle, MfaSettings settings,
                                            Clock clock) {
        SecondFactorCredentials factors = credentials.secondFactors();
        SecondFactorVerifier verifier = new SecondFactorVerifier(store.totp(), factors.seal(), factors.codes(),
                store.totp(), factors.secrets());
        TotpEnrolmentService enrolment = new TotpEnrolmentService(store.totp(), factors.seal(), store.totp(),
                factors.secrets(), verifier, accounts.transactions(), accounts.audit(), settings, throttle, clock);
        return new SecondFactorUseCases(enrolment, enrolment,
                new CompleteSecondFactorService(store.challenges(), accounts.users(), verifier, starter, throttle,
                        accounts.audit(), clock),
                new ReauthenticationService(store.reauthentications(), credentials.passwordHasher(), verifier,
                        throttle, accounts.audit(), settings, clock),
                new SecondFactorStatusService(store.totp(), store.totp(), settings));
    }
}
