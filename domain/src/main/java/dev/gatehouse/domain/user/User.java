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

    private User(UserId id, EmailAddress email, Set<Role> roles, AccountStatus status, Instant createdAt,
                 Instant lastLoginAt, ZoneId timezone, PasswordHash passwordHash) {
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
    }

    /** A new, active account with a password and the plain {@code user} role. */
    public static User registerWithPassword(UserId id, EmailAddress email, PasswordHash passwordHash, Instant now) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return new User(id, email, EnumSet.of(Role.USER), AccountStatus.ACTIVE, now, null, null, passwordHash);
    }

    /**
     * An account asked for by requesting a sign-in code for an unknown address: it cannot sign in
     * until a code sent to that address is entered, which proves the address is the asker's.
     */
    public static User pendingSignup(UserId id, EmailAddress email, Instant now) {
        return new User(id, email, EnumSet.of(Role.USER), AccountStatus.PENDING, now, null, null, null);
    }

    /**
     * An administrator created by an operator ({@code create-admin}): active at once, with the
     * {@code user} and {@code admin} roles and no password. The person signs in with an emailed code
     * or sets a password through a reset; there is never a default password.
     */
    public static User createdAdmin(UserId id, EmailAddress email, Instant now) {
        return new User(id, email, EnumSet.of(Role.USER, Role.ADMIN), AccountStatus.ACTIVE, now, null, null, null);
    }

    /** Rebuilds an account from storage, trusting what was stored. */
    public static User rebuild(UserId id, EmailAddress email, Set<Role> roles, AccountStatus status, Instant createdAt,
                               Instant lastLoginAt, ZoneId timezone, PasswordHash passwordHash) {
        return new User(id, email, roles, status, createdAt, lastLoginAt, timezone, passwordHash);
    }

    public User signedInAt(Instant when) {
        return new User(id, email, roles, status, createdAt, when, timezone, passwordHash);
    }

    public User withPasswordHash(PasswordHash newHash) {
        Objects.requireNonNull(newHash, "newHash");
        return new User(id, email, roles, status, createdAt, lastLoginAt, timezone, newHash);
    }

    /**
     * The account under a new address. Whether the address is free is the unique index's to decide,
     * and whether its new owner controls it the code mailed to it.
     */
    public User withEmail(EmailAddress newEmail) {
        Objects.requireNonNull(newEmail, "newEmail");
        return new User(id, newEmail, roles, status, createdAt, lastLoginAt, timezone, passwordHash);
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
        return new User(id, email, roles, AccountStatus.ACTIVE, createdAt, lastLoginAt, zone, passwordHash);
    }

    /**
     * Replaces the role set. Whether this may leave the service without an administrator is
     * {@link Administrators#ensureOneRemains}'s to decide, as it needs the other accounts.
     *
     * @throws IllegalArgumentException for an empty set: every account has at least one role
     */
    public User withRoles(Set<Role> newRoles) {
        Objects.requireNonNull(newRoles, "newRoles");
        return new User(id, email, newRoles, status, createdAt, lastLoginAt, timezone, passwordHash);
    }

    /** Shuts the account: it cannot sign in until enabled again. Disabling a disabled account changes nothing. */
    public User disable() {
        return new User(id, email, roles, AccountStatus.DISABLED, createdAt, lastLoginAt, timezone, passwordHash);
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
        return new User(id, email, roles, AccountStatus.ACTIVE, createdAt, lastLoginAt, timezone, passwordHash);
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
        };
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
