package dev.gatehouse.application.service.passkey;

import dev.gatehouse.application.port.in.passkey.PasskeySignInCommand;
import dev.gatehouse.application.port.in.passkey.PasskeySignInUseCase;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.PasskeyCeremonies;
import dev.gatehouse.application.port.out.PasskeyCeremonies.AssertionClaim;
import dev.gatehouse.application.port.out.PasskeyCeremonies.PasskeyRefusedException;
import dev.gatehouse.application.port.out.PasskeyChallenges;
import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.passkey.ChallengePurpose;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.SignatureCounter;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.SignInRefusal;
import dev.gatehouse.domain.user.User;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs in with a passkey, no address typed: the assertion names its credential, the credential its
 * account. The challenge is used up first, whatever follows, so an answer counts once however often
 * it is sent; then the passkey, its signature and the account are checked, and the signature count
 * is recorded in one conditional statement that refuses a count that did not move forward. Every
 * failure answers alike, as a wrong password does.
 */
public final class PasskeySignInService implements PasskeySignInUseCase {

    private final Users users;
    private final Passkeys passkeys;
    private final PasskeyChallenges challenges;
    private final PasskeyCeremonies ceremonies;
    private final SessionStarter sessionStarter;
    private final AuditTrail audit;
    private final Clock clock;

    public PasskeySignInService(Users users, Passkeys passkeys, PasskeyChallenges challenges,
                                PasskeyCeremonies ceremonies, SessionStarter sessionStarter, AuditTrail audit,
                                Clock clock) {
        this.users = users;
        this.passkeys = passkeys;
        this.challenges = challenges;
        this.ceremonies = ceremonies;
        this.sessionStarter = sessionStarter;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public SignedIn signIn(PasskeySignInCommand command) {
        Instant now = clock.instant();
        RequestOrigin origin = command.origin();
        AssertionClaim claim;
        try {
            claim = ceremonies.claimOf(command.assertionJson());
        } catch (PasskeyRefusedException unreadable) {
            throw refused(Optional.empty(), AuditReason.INVALID_PASSKEY, origin, now);
        }
        boolean live = challenges.take(claim.challenge(), ChallengePurpose.SIGN_IN, Optional.empty(), now);
        Optional<Passkey> found = passkeys.findByCredentialId(claim.credentialId());
        Optional<User> owner = found.flatMap(passkey -> users.findById(passkey.user()));
        if (found.isEmpty() || owner.isEmpty()) {
            throw refused(Optional.empty(), AuditReason.UNKNOWN_PASSKEY, origin, now);
        }
        Passkey passkey = found.get();
        User user = owner.get();
        if (!live) {
            throw refused(owner, AuditReason.NO_LIVE_CHALLENGE, origin, now);
        }
        // The browser was asked for any discoverable passkey: the handle it returns must be this one's.
        if (claim.userHandle().filter(handle -> MessageDigest.isEqual(handle, passkey.userHandle())).isEmpty()) {
            throw refused(owner, AuditReason.INVALID_PASSKEY, origin, now);
        }
        long presented;
        try {
            presented = ceremonies.verifyAssertion(command.assertionJson(), claim.challenge(), passkey);
        } catch (PasskeyRefusedException failed) {
            throw refused(owner, AuditReason.INVALID_PASSKEY, origin, now);
        }
        Optional<SignInRefusal> refusal = user.signInRefusal(SignInMethod.PASSKEY);
        if (refusal.isPresent()) {
            throw refused(owner, AuditReason.of(refusal.get()), origin, now);
        }
        if (!SignatureCounter.accepts(passkey.signCount(), presented) || !passkeys.recordUse(passkey.id(), presented, now)) {
            throw refused(owner, AuditReason.COUNTER_REGRESSED, origin, now);
        }
        return sessionStarter.start(user, user, SignInMethod.PASSKEY, command.rememberMe(), origin, command.held(), now);
    }

    private InvalidCredentialsException refused(Optional<User> account, AuditReason reason, RequestOrigin origin,
                                                Instant now) {
        Attempt attempt = Attempt.refused(AttemptMethod.PASSKEY, reason);
        audit.record(new AuditEvent(now, AuditEventType.SIGN_IN_FAILED, Optional.empty(),
                account.map(AuditedAccount::of), attempt.text(), origin, Optional.of(attempt)));
        return new InvalidCredentialsException();
    }
}
