package dev.gatehouse.domain.user;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's account. Immutable: every change returns a new {@code User}, which the application
 * then stores, so a half-applied change can never be observed.
 */
public final class User {

    private final UserId id;
    private final EmailAddress email;
    private final Set<Role> roles;
    private final AccountStatus status;
    private final Instant createdAt;
    private final Instant lastLoginAt;
    private final ZoneId timezone;
    private final PasswordHash passwordHash;
    private final boolean emailVerified;
    private final boolean passwordUnproven;
    private final RegistrationTokenHash registration;

    private User(UserId id, EmailAddress email, Set<Role> roles, AccountStatus status, Instant createdAt,
                 Instant lastLoginAt, ZoneId timezone, PasswordHash passwordHash, boolean emailVerified,
                 boolean passwordUnproven, RegistrationTokenHash registration) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user has at least one role");
        }
        this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastLoginAt = lastLoginAt;
        this.timezone = timezone;
        this.passwordHash = passwordHash;
        if (passwordUnproven && (passwordHash == null || emailVerified)) {
            throw new IllegalArgumentException("only a password set while the address is unproven is unproven");
        }
        if (registration != null && !passwordUnproven) {
            throw new IllegalArgumentException("a registration binds an unproven password, nothing else");
        }
        this.emailVerified = emailVerified;
        this.passwordUnproven = passwordUnproven;
        this.registration = registration;
    }

    private User with(AccountStatus newStatus, Instant newLastLoginAt, ZoneId newTimezone, Set<Role> newRoles) {
        return new User(id, email, newRoles, newStatus, createdAt, newLastLoginAt, newTimezone, passwordHash,
                emailVerified, passwordUnproven, registration);
    }

    /**
     * A new, active account with a password and the plain {@code user} role, for a service that lets
     * unproven addresses sign in. The address is not proven and the password stays unproven: the
     * first proof of the address (a code) takes it away, since nothing binds it to the address's owner.
     */
    public static User registerWithPassword(UserId id, EmailAddress email, PasswordHash passwordHash, Instant now) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return new User(id, email, EnumSet.of(Role.USER), AccountStatus.ACTIVE, now, null, null, passwordHash,
                false, true, null);
    }

    /**
     * A new account waiting for its address to be proven, holding the password chosen at
     * registration. Proving the address with {@code registration}'s token keeps that password; any
     * other proof removes it (see {@link #proveAddress}).
     */
    public static User registerUnproven(UserId id, EmailAddress email, PasswordHash passwordHash,
                                        RegistrationTokenHash registration, Instant now) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(registration, "registration");
        return new User(id, email, EnumSet.of(Role.USER), AccountStatus.PENDING, now, null, null, passwordHash,
                false, true, registration);
    }

    /**
     * An account asked for by requesting a sign-in code for an unknown address: it cannot sign in
     * until a code sent to that address is entered, which proves the address is the asker's.
     */
    public static User pendingSignup(UserId id, EmailAddress email, Instant now) {
        return new User(id, email, EnumSet.of(Role.USER), AccountStatus.PENDING, now, null, null, null, false, false,
                null);
    }

    /**
     * An administrator created by an operator ({@code create-admin}): active at once, with the
     * {@code user} and {@code admin} roles and no password. The person signs in with an emailed code
     * or sets a password through a reset; there is never a default password.
     */
    public static User createdAdmin(UserId id, EmailAddress email, Instant now) {
        return new User(id, email, EnumSet.of(Role.USER, Role.ADMIN), AccountStatus.ACTIVE, now, null, null, null,
                false, false, null);
    }

    /** Rebuilds an account from storage, trusting what was stored. */
    public static User rebuild(UserId id, EmailAddress email, Set<Role> roles, AccountStatus status, Instant createdAt,
                               Instant lastLoginAt, ZoneId timezone, PasswordHash passwordHash, boolean emailVerified,
                               boolean passwordUnproven, RegistrationTokenHash registration) {
        return new User(id, email, roles, status, createdAt, lastLoginAt, timezone, passwordHash, emailVerified,
                passwordUnproven, registration);
    }

    public User signedInAt(Instant when) {
        return with(status, when, timezone, roles);
    }

    /**
     * The account with a new password (a change, a rehash, a reset after its proof). The password is
     * as proven as the address: one set before the address is proven stays unproven.
     */
    public User withPasswordHash(PasswordHash newHash) {
        Objects.requireNonNull(newHash, "newHash");
        boolean unproven = !emailVerified;
        return new User(id, email, roles, status, createdAt, lastLoginAt, timezone, newHash, emailVerified,
                unproven, unproven ? registration : null);
    }

    /**
     * A registration for an address whose account is still pending (asked for by a code request, or
     * registered before without the address being proven yet): nobody has proven the address, so
     * nobody owns the account yet, and the newest registration's password and token replace any before.
     *
     * @throws IllegalStateException for an account that is not pending: its address has an owner
     */
    public User withUnprovenPassword(PasswordHash newHash, RegistrationTokenHash newRegistration) {
        Objects.requireNonNull(newHash, "newHash");
        Objects.requireNonNull(newRegistration, "newRegistration");
        if (status != AccountStatus.PENDING) {
            throw new IllegalStateException("only a pending account takes a registration's password");
        }
        return new User(id, email, roles, status, createdAt, lastLoginAt, timezone, newHash, false, true,
                newRegistration);
    }

    /**
     * The address is proven (a code sent to it was entered). A password set while it was unproven
     * stays only when the proof presents the token of the registration that set it; otherwise it is
     * removed, because whoever chose it may not be the address's owner. The binding ends either way.
     */
    public AddressProof proveAddress(Optional<RegistrationTokenHash> presented) {
        Objects.requireNonNull(presented, "presented");
        boolean bound = registration != null && presented.map(registration::sameAs).orElse(false);
        boolean remove = passwordUnproven && !bound;
        User proven = new User(id, email, roles, status, createdAt, lastLoginAt, timezone,
                remove ? null : passwordHash, true, false, null);
        return new AddressProof(this, proven, remove);
    }

    /**
     * The account without a password that was set while its address was unproven (an operator is
     * about to vouch for the account, and must not vouch for a stranger's password); any other
     * account is returned as it is.
     */
    public User withoutUnprovenPassword() {
        if (!passwordUnproven) {
            return this;
        }
        return new User(id, email, roles, status, createdAt, lastLoginAt, timezone, null, emailVerified, false, null);
    }

    /**
     * The account under a new address, proven by the code mailed to it: the caller confirms the
     * change only with that code. Whether the address is free is the unique index's to decide. A
     * password set while the old address was unproven is the signed-in owner's own from now on:
     * nobody who might own the old address is tied to the account any more.
     */
    public User withEmail(EmailAddress newEmail) {
        Objects.requireNonNull(newEmail, "newEmail");
        return new User(id, newEmail, roles, status, createdAt, lastLoginAt, timezone, passwordHash, true, false, null);
    }

    /**
     * Opens a pending account, recording the time zone its browser reported (if any).
     *
     * @throws IllegalStateException for an account that is not pending: a disabled one is not reopened by a code
     */
    public User activated(ZoneId browserTimezone) {
        if (status != AccountStatus.PENDING) {
            throw new IllegalStateException("only a pending account can be activated by its owner");
        }
        ZoneId zone = browserTimezone != null ? browserTimezone : timezone;
        return with(AccountStatus.ACTIVE, lastLoginAt, zone, roles);
    }

    /**
     * Replaces the role set. Whether this may leave the service without an administrator is
     * {@link Administrators#ensureOneRemains}'s to decide, as it needs the other accounts.
     *
     * @throws IllegalArgumentException for an empty set: every account has at least one role
     */
    public User withRoles(Set<Role> newRoles) {
        Objects.requireNonNull(newRoles, "newRoles");
        return with(status, lastLoginAt, timezone, newRoles);
    }

    /** Shuts the account: it cannot sign in until enabled again. Disabling a disabled account changes nothing. */
    public User disable() {
        return with(AccountStatus.DISABLED, lastLoginAt, timezone, roles);
    }

    /**
     * Opens a disabled account again; an active one stays as it is.
     *
     * @throws AccountPendingException for a pending account: only its owner's first code opens it
     */
    public User enable() {
        if (status == AccountStatus.PENDING) {
            throw new AccountPendingException();
        }
        return with(AccountStatus.ACTIVE, lastLoginAt, timezone, roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public UserId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public Set<Role> roles() {
        return roles;
    }

    public AccountStatus status() {
        return status;
    }

    /**
     * Why this account may not act as signed in, or empty when it may: only an active account may.
     * Asked of every request's session; a sign-in asks {@link #signInRefusal(SignInMethod)}.
     */
    public Optional<SignInRefusal> signInRefusal() {
        return switch (status) {
            case ACTIVE -> Optional.empty();
            case PENDING -> Optional.of(SignInRefusal.PENDING);
            case DISABLED -> Optional.of(SignInRefusal.DISABLED);
        };
    }

    /**
     * Why this account may not sign in by {@code method}, or empty when it may. A disabled account
     * never may; a pending one only by code, since the code proves the address and opens it; an
     * account without a password not by password, which is the first thing said about it.
     */
    public Optional<SignInRefusal> signInRefusal(SignInMethod method) {
        return switch (method) {
            case PASSWORD -> passwordHash == null ? Optional.of(SignInRefusal.NO_PASSWORD) : signInRefusal();
            case CODE -> pending() ? Optional.empty() : signInRefusal();
            case PASSKEY -> signInRefusal();
        };
    }

    /**
     * As {@link #signInRefusal(SignInMethod)}, where the service requires a proven address before a
     * password signs in ({@code addressProofRequired}): an unproven address is refused by password
     * (a code sign-in proves it). Said before "pending", which a registration waiting for its code is.
     */
    public Optional<SignInRefusal> signInRefusal(SignInMethod method, boolean addressProofRequired) {
        Optional<SignInRefusal> refusal = signInRefusal(method);
        boolean unprovenMatters = method == SignInMethod.PASSWORD && addressProofRequired && !emailVerified;
        if (!unprovenMatters || refusal.equals(Optional.of(SignInRefusal.NO_PASSWORD))
                || refusal.equals(Optional.of(SignInRefusal.DISABLED))) {
            return refusal;
        }
        return Optional.of(SignInRefusal.EMAIL_UNVERIFIED);
    }

    /** Whether the account is open; who may sign in how is {@link #signInRefusal(SignInMethod)}'s to say. */
    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean pending() {
        return status == AccountStatus.PENDING;
    }

    public boolean disabled() {
        return status == AccountStatus.DISABLED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> lastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }

    public Optional<ZoneId> timezone() {
        return Optional.ofNullable(timezone);
    }

    public Optional<PasswordHash> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    /** Whether a code sent to the address was ever entered (accounts older than this rule count as proven). */
    public boolean emailVerified() {
        return emailVerified;
    }

    /** Whether the password was set while the address was unproven, so that its first proof may remove it. */
    public boolean passwordUnproven() {
        return passwordUnproven;
    }

    /** The hash of the token that binds the unproven password to its registrant; empty once proven. */
    public Optional<RegistrationTokenHash> registration() {
        return Optional.ofNullable(registration);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "User[" + id + "]";
    }
}
