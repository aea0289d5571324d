package dev.gatehouse.application.service.passkey;

import dev.gatehouse.application.port.in.passkey.PasskeyRequestOptions;
import dev.gatehouse.application.port.in.passkey.StartPasskeySignInUseCase;
import dev.gatehouse.application.port.out.PasskeyCeremonies;
import dev.gatehouse.application.port.out.PasskeyChallenges;
import dev.gatehouse.domain.passkey.ChallengePurpose;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import java.time.Clock;
import java.util.Optional;

public final class StartPasskeySignInService implements StartPasskeySignInUseCase {

    private final PasskeyChallenges challenges;
    private final PasskeyCeremonies ceremonies;
    private final PasskeySettings settings;
    private final Clock clock;

    public StartPasskeySignInService(PasskeyChallenges challenges, PasskeyCeremonies ceremonies,
                                     PasskeySettings settings, Clock clock) {
        this.challenges = challenges;
        this.ceremonies = ceremonies;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public PasskeyRequestOptions start() {
        PasskeyChallenge challenge = ceremonies.newChallenge();
        challenges.add(challenge, ChallengePurpose.SIGN_IN, Optional.empty(),
                clock.instant().plus(settings.challengeLifetime()));
        return new PasskeyRequestOptions(settings.rpId(), challenge, settings.challengeLifetime());
    }
}
