package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.AccountDisabledException;
import dev.gatehouse.application.port.in.session.EmailUnverifiedException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.application.port.in.session.PasswordLoginUseCase;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.PasswordHasher.PasswordCheck;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.SignInRefusal;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.util.Optional;

public final class PasswordLoginService implements PasswordLoginUseCase {

    private final Users users;
    private final PasswordHasher hasher;
    private final SessionStarter sessionStarter;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean addressProofRequired;
    /** Verified against when there is no real hash, so an unknown email costs what a wrong password costs. */
    private final PasswordHash dummyHash;

    public PasswordLoginService(Users users, PasswordHasher hasher, SessionStarter sessionStarter, AuditTrail audit,
                                Clock clock, boolean addressProofRequired) {
        this.addressProofRequired = addressProofRequired;
        this.users = users;
        this.hasher = hasher;
        this.sessionStarter = sessionStarter;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = hasher.hash(new ClearTextPassword("no account has this password; it only spends time"));
    }

    @Override
    public SignedIn logIn(PasswordLoginCommand command) {
        ClearTextPassword password = command.password();
        PasswordPolicy.enforceMaxLength(password);
        Optional<User> found = users.findByEmail(command.email());
        PasswordHash stored = found.flatMap(User::passwordHash).orElse(dummyHash);
        PasswordCheck check = hasher.verify(password, stored);
        Optional<AuditReason> refusal = refusal(found, check, addressProofRequired);
        if (refusal.isPresent()) {
            AuditedAccount subject = found.map(AuditedAccount::of).orElseGet(() -> AuditedAccount.unknown(command.email()));
            audit.record(AuditEvent.anonymous(clock.instant(), AuditEventType.SIGN_IN_FAILED, subject,
                    Attempt.refused(AttemptMethod.PASSWORD, refusal.get()), command.origin()));
            // Reached only with the right password: whoever knows it may hear that a code proves the address.
            if (refusal.get() == AuditReason.EMAIL_UNVERIFIED) {
                throw new EmailUnverifiedException();
            }
            // Likewise: only whoever knows the password hears that an administrator disabled the account.
            if (refusal.get() == AuditReason.DISABLED) {
                throw new AccountDisabledException();
            }
            throw new InvalidCredentialsException();
        }
        User user = found.get();
        User signingIn = check == PasswordCheck.MATCH_NEEDS_REHASH ? user.withPasswordHash(hasher.hash(password)) : user;
        return sessionStarter.start(user, signingIn, SignInMethod.PASSWORD, command.rememberMe(), command.origin(),
                command.held(), clock.instant());
    }

    /**
     * Why the sign-in is refused, for the audit trail only: the caller hears one answer for all of
     * them. Whether the account may sign in at all is told only to whoever knows its password, except
     * that it has none.
     */
    private static Optional<AuditReason> refusal(Optional<User> found, PasswordCheck check,
                                                 boolean addressProofRequired) {
        if (found.isEmpty()) {
            return Optional.of(AuditReason.UNKNOWN_ACCOUNT);
        }
        Optional<SignInRefusal> refused = found.get().signInRefusal(SignInMethod.PASSWORD, addressProofRequired);
        if (refused.equals(Optional.of(SignInRefusal.NO_PASSWORD))) {
            return Optional.of(AuditReason.NO_PASSWORD);
        }
        if (!check.matches()) {
            return Optional.of(AuditReason.WRONG_PASSWORD);
        }
        return refused.map(AuditReason::of);
    }
}
