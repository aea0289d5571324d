package dev.gatehouse.application.service.passkey;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.passkey.PasskeyCreationOptions;
import dev.gatehouse.application.port.in.passkey.StartPasskeyRegistrationUseCase;
import dev.gatehouse.application.port.out.PasskeyCeremonies;
import dev.gatehouse.application.port.out.PasskeyChallenges;
import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.domain.passkey.ChallengePurpose;
import dev.gatehouse.domain.passkey.CredentialId;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class StartPasskeyRegistrationService implements StartPasskeyRegistrationUseCase {

    private final Passkeys passkeys;
    private final PasskeyChallenges challenges;
    private final PasskeyCeremonies ceremonies;
    private final PasskeySettings settings;
    private final Clock clock;

    public StartPasskeyRegistrationService(Passkeys passkeys, PasskeyChallenges challenges,
                                           PasskeyCeremonies ceremonies, PasskeySettings settings, Clock clock) {
        this.passkeys = passkeys;
        this.challenges = challenges;
        this.ceremonies = ceremonies;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public PasskeyCreationOptions start(Actor actor) {
        User user = actor.user();
        PasskeyChallenge challenge = ceremonies.newChallenge();
        challenges.add(challenge, ChallengePurpose.REGISTRATION, Optional.of(user.id()),
                clock.instant().plus(settings.challengeLifetime()));
        List<CredentialId> excluded = passkeys.ofUser(user.id()).stream().map(Passkey::credentialId).toList();
        String address = user.email().value();
        return new PasskeyCreationOptions(settings.rpId(), settings.rpName(), challenge, Passkey.userHandleOf(user.id()),
                address, address, ceremonies.algorithms(), excluded, settings.challengeLifetime());
    }
}
