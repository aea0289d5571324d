package dev.gatehouse.application.service.account;

import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.in.account.Registration;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.TokenGenerator;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.code.AddressProofMail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.RegistrationToken;
import dev.gatehouse.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Registration in one of two modes. Where proven addresses are required (the default) it reveals
 * nothing: every accepted request hashes the password and answers with a token, whether the
 * address is new (a pending account holding the password, and a code to prove the address), still
 * pending (the newest registration's password and token replace any before: nobody owns the
 * account until the address is proven) or taken (its owner is told, at most once per
 * {@link #OWNER_NOTICE_INTERVAL}, and the token binds to nothing). Otherwise the account is active
 * at once and a taken address is refused, which tells the caller it is taken.
 */
public final class RegisterUserService implements RegisterUserUseCase {

    /** How often the owner of a taken address hears of registration attempts at most: a burst mails once. */
    public static final Duration OWNER_NOTICE_INTERVAL = Duration.ofHours(1);

    private final Users users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final IdGenerator ids;
    private final TokenGenerator tokens;
    private final AddressProofMail mail;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean addressProofRequired;

    public RegisterUserService(Users users, PasswordHasher hasher, PasswordPolicy policy, IdGenerator ids,
                               TokenGenerator tokens, AddressProofMail mail, TransactionRunner transactions,
                               AuditTrail audit, Clock clock, boolean addressProofRequired) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.ids = ids;
        this.tokens = tokens;
        this.mail = mail;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.addressProofRequired = addressProofRequired;
    }

    @Override
    public Registration register(RegisterUserCommand command) {
        policy.enforce(command.password(), command.email());
        return addressProofRequired ? awaitingProof(command) : createdAtOnce(command);
    }

    private Registration createdAtOnce(RegisterUserCommand command) {
        // Checked before hashing so a taken address costs no hash; the unique index still decides races.
        if (users.findByEmail(command.email()).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        User user = User.registerWithPassword(
                ids.newUserId(), command.email(), hasher.hash(command.password()), clock.instant());
        users.add(user);
        audit.record(AuditEvent.anonymous(user.createdAt(), AuditEventType.REGISTERED, AuditedAccount.of(user),
                AuditNote.WITH_PASSWORD, command.origin()));
        return new Registration.Created(user);
    }

    /** What the transaction did: the account it concerned, and whether that was someone else's. */
    private record Outcome(User account, boolean taken) {
    }

    private Registration awaitingProof(RegisterUserCommand command) {
        // Hashed whatever the address, so a taken one answers in the same time as a new one.
        PasswordHash hash = hasher.hash(command.password());
        RegistrationToken token = tokens.newRegistrationToken();
        Instant now = clock.instant();
        Optional<Outcome> outcome;
        try {
            outcome = Optional.of(transactions.inTransaction(() -> apply(command, hash, token, now)));
        } catch (EmailAlreadyRegisteredException parallelRegistration) {
            // A parallel registration created the account and mailed its code: this one binds to nothing.
            outcome = Optional.empty();
        }
        outcome.ifPresent(done -> audit.record(done.taken()
                ? AuditEvent.anonymous(now, AuditEventType.REGISTRATION_OF_TAKEN_ADDRESS, AuditedAccount.of(done.account()),
                        AuditNote.NONE, command.origin())
                : AuditEvent.anonymous(now, AuditEventType.REGISTERED, AuditedAccount.of(done.account()),
                        AuditNote.WITH_PASSWORD, command.origin())));
        return new Registration.AwaitingProof(token);
    }

    private Outcome apply(RegisterUserCommand command, PasswordHash hash, RegistrationToken token, Instant now) {
        Optional<User> existing = users.findByEmail(command.email()).flatMap(found -> users.findByIdForUpdate(found.id()));
        if (existing.isEmpty()) {
            User created = User.registerUnproven(ids.newUserId(), command.email(), hash, token.hash(), now);
            users.add(created);
            mail.confirmationCode(created, now);
            return new Outcome(created, false);
        }
        User account = existing.get();
        if (account.pending()) {
            User registered = account.withUnprovenPassword(hash, token.hash());
            users.update(registered);
            mail.confirmationCode(registered, now);
            return new Outcome(registered, false);
        }
        if (users.claimRegistrationNotice(account.id(), now, OWNER_NOTICE_INTERVAL)) {
            mail.registrationAttempt(account, command.origin(), now);
        }
        return new Outcome(account, true);
    }
}
