package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.PasskeyCeremonies;
import dev.gatehouse.application.service.passkey.ListPasskeysService;
import dev.gatehouse.application.service.passkey.PasskeySettings;
import dev.gatehouse.application.service.passkey.PasskeySignInService;
import dev.gatehouse.application.service.passkey.RegisterPasskeyService;
import dev.gatehouse.application.service.passkey.RemovePasskeyService;
import dev.gatehouse.application.service.passkey.StartPasskeyRegistrationService;
import dev.gatehouse.application.service.passkey.StartPasskeySignInService;
import dev.gatehouse.application.service.throttle.ThrottledPasskeySignIn;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.config.PasskeysFactory;
import dev.gatehouse.bootstrap.jobs.BackgroundJobs;
import dev.gatehouse.bootstrap.wiring.Persistence.PasskeyStore;
import dev.gatehouse.crypto.WebAuthn4jPasskeyCeremonies;
import dev.gatehouse.web.PasskeyUseCases;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires passkeys: the WebAuthn ceremonies (WebAuthn4J) for the configured relying party and
 * origins, adding and removing an account's passkeys, and signing in with one, which starts its
 * session as every other sign-in does and is throttled per client like password guesses. Expired
 * challenges are deleted every minute on every node (one DELETE by an index; harmless when two
 * nodes race).
 */
public final class PasskeyWiring {

    static final Duration CHALLENGE_PURGE_INTERVAL = Duration.ofMinutes(1);

    private PasskeyWiring() {
    }

    public static PasskeyUseCases wire(GatehouseConfiguration config, SignInPorts signIn, PasskeyStore store,
                                       BackgroundJobs jobs) {
        String serviceName = config.getServiceName();
        // The relying party and origins default to those of the pages' public address.
        PasskeysFactory.Resolved settings = config.getPasskeys()
                .resolve(config.getMail().settings(serviceName).baseUrl().toString());
        Clock clock = signIn.clock();
        AuditTrail audit = signIn.accounts().audit();
        PasskeyCeremonies ceremonies = new WebAuthn4jPasskeyCeremonies(settings.rpId(), settings.origins());
        PasskeySettings passkeySettings = new PasskeySettings(settings.rpId(), serviceName, settings.challengeLifetime());
        jobs.every(CHALLENGE_PURGE_INTERVAL, "passkey-challenge-purge",
                () -> store.challenges().removeExpired(clock.instant()));
        return new PasskeyUseCases(
                new StartPasskeyRegistrationService(store.passkeys(), store.challenges(), ceremonies, passkeySettings, clock),
                new RegisterPasskeyService(store.passkeys(), store.challenges(), ceremonies, audit, clock),
                new ListPasskeysService(store.passkeys()),
                new RemovePasskeyService(store.passkeys(), audit, clock),
                new StartPasskeySignInService(store.challenges(), ceremonies, passkeySettings, clock),
                new ThrottledPasskeySignIn(
                        new PasskeySignInService(signIn.accounts().users(), store.passkeys(), store.challenges(),
                                ceremonies, signIn.sessionStarter(), audit, clock),
                        signIn.throttle(), audit, clock));
    }
}
