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
    private final boolean active;
    private final Instant createdAt;
    private final Instant lastLoginAt;
    private final ZoneId timezone;
    private final PasswordHash passwordHash;

    private User(UserId id, EmailAddress email, Set<Role> roles, boolean active, Instant createdAt,
                 Instant lastLoginAt, ZoneId timezone, PasswordHash passwordHash) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user has at least one role");
        }
        this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastLoginAt = lastLoginAt;
        this.timezone = timezone;
        this.passwordHash = passwordHash;
    }

    /** A new, active account with a password and the plain {@code user} role. */
    public static User registerWithPassword(UserId id, EmailAddress email, PasswordHash passwordHash, Instant now) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return new User(id, email, EnumSet.of(Role.USER), true, now, null, null, passwordHash);
    }

    /** Rebuilds an account from storage, trusting what was stored. */
    public static User rebuild(UserId id, EmailAddress email, Set<Role> roles, boolean active, Instant createdAt,
                               Instant lastLoginAt, ZoneId timezone, PasswordHash passwordHash) {
        return new User(id, email, roles, active, createdAt, lastLoginAt, timezone, passwordHash);
    }

    public User signedInAt(Instant when) {
        return new User(id, email, roles, active, createdAt, when, timezone, passwordHash);
    }

    public User withPasswordHash(PasswordHash newHash) {
        Objects.requireNonNull(newHash, "newHash");
        return new User(id, email, roles, active, createdAt, lastLoginAt, timezone, newHash);
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

    public boolean active() {
        return active;
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
