package dev.gatehouse.application.service.passkey;

import dev.gatehouse.application.port.in.passkey.InvalidPasskeyException;
import dev.gatehouse.application.port.in.passkey.PasskeySummary;
import dev.gatehouse.application.port.in.passkey.RegisterPasskeyCommand;
import dev.gatehouse.application.port.in.passkey.RegisterPasskeyUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.PasskeyCeremonies;
import dev.gatehouse.application.port.out.PasskeyCeremonies.NewCredential;
import dev.gatehouse.application.port.out.PasskeyCeremonies.PasskeyRefusedException;
import dev.gatehouse.application.port.out.PasskeyChallenges;
import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.passkey.ChallengePurpose;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import dev.gatehouse.domain.passkey.PasskeyId;
import dev.gatehouse.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Adds a passkey to the signed-in account. The challenge the credential answers must be one issued
 * to this account and still live; it is used up before the credential is verified, so an answer
 * counts once however often it is sent.
 */
public final class RegisterPasskeyService implements RegisterPasskeyUseCase {

    private final Passkeys passkeys;
    private final PasskeyChallenges challenges;
    private final PasskeyCeremonies ceremonies;
    private final AuditTrail audit;
    private final Clock clock;

    public RegisterPasskeyService(Passkeys passkeys, PasskeyChallenges challenges, PasskeyCeremonies ceremonies,
                                  AuditTrail audit, Clock clock) {
        this.passkeys = passkeys;
        this.challenges = challenges;
        this.ceremonies = ceremonies;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PasskeySummary register(RegisterPasskeyCommand command) {
        UserId owner = command.current().user().id();
        Instant now = clock.instant();
        NewCredential credential = verified(command.credentialJson(), owner, now);
        Passkey passkey = new Passkey(PasskeyId.random(), owner, credential.credentialId(), credential.publicKeyCose(),
                credential.signCount(), Passkey.userHandleOf(owner), command.name(), now, Optional.empty());
        if (!passkeys.add(passkey)) {
            throw new InvalidPasskeyException("This passkey is registered already.");
        }
        audit.record(AuditEvent.bySelf(now, AuditEventType.PASSKEY_ADDED, command.actor().audited(), AuditNote.NONE,
                command.actor().origin()));
        return PasskeySummary.of(passkey);
    }

    private NewCredential verified(String credentialJson, UserId owner, Instant now) {
        try {
            PasskeyChallenge challenge = ceremonies.registrationChallengeOf(credentialJson);
            if (!challenges.take(challenge, ChallengePurpose.REGISTRATION, Optional.of(owner), now)) {
                throw new InvalidPasskeyException(
                        "It answers no open registration challenge of this account; ask for new options.");
            }
            return ceremonies.verifyRegistration(credentialJson, challenge);
        } catch (PasskeyRefusedException refused) {
            // The adapter's reason may name library classes: the client hears one fixed sentence.
            throw new InvalidPasskeyException("The credential could not be read, or did not verify for this site"
                    + " with user verification.");
        }
    }
}
