package dev.gatehouse.application.testing;

import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Builds users for tests: {@code aUser().withEmail("ann@example.org").build()}. Unless told
 * otherwise a user is active, has the {@code user} role, the password {@link #DEFAULT_PASSWORD}
 * (hashed by {@link FastPasswordHasher}), a random id and a unique address, so tests need no
 * empty store. Times are whole microseconds, as storage keeps them.
 */
public final class TestUsers {

    public static final String DEFAULT_PASSWORD = "correct horse battery staple";
    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-01-02T03:04:05.678901Z");

    private UserId id = new UserId(UUID.randomUUID());
    private EmailAddress email = uniqueEmail("user");
    private Set<Role> roles = EnumSet.of(Role.USER);
    private AccountStatus status = AccountStatus.ACTIVE;
    private Instant createdAt = DEFAULT_CREATED_AT;
    private Instant lastLoginAt;
    private ZoneId timezone;
    private PasswordHash passwordHash = FastPasswordHasher.hashOf(DEFAULT_PASSWORD);

    private TestUsers() {
    }

    public static TestUsers aUser() {
        return new TestUsers();
    }

    /** An address no other test uses: {@code <prefix>-<random>@example.org}. */
    public static EmailAddress uniqueEmail(String prefix) {
        return EmailAddress.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 13) + "@example.org");
    }

    public TestUsers withId(UserId id) {
        this.id = id;
        return this;
    }

    public TestUsers withEmail(String email) {
        return withEmail(EmailAddress.of(email));
    }

    public TestUsers withEmail(EmailAddress email) {
        this.email = email;
        return this;
    }

    public TestUsers withRoles(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
        return this;
    }

    /** A disabled account. */
    public TestUsers inactive() {
        return withStatus(AccountStatus.DISABLED);
    }

    /** An account waiting for its first code, as {@code User.pendingSignup} makes it. */
    public TestUsers pending() {
        return withStatus(AccountStatus.PENDING);
    }

    public TestUsers withStatus(AccountStatus status) {
        this.status = status;
        return this;
    }

    public TestUsers createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public TestUsers lastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
        return this;
    }

    public TestUsers withTimezone(String zone) {
        this.timezone = ZoneId.of(zone);
        return this;
    }

    public TestUsers withPassword(String password) {
        return withPasswordHash(FastPasswordHasher.hashOf(password));
    }

    /** A password hashed by an outdated method: it verifies but asks to be rehashed. */
    public TestUsers withLegacyPassword(String password) {
        return withPasswordHash(FastPasswordHasher.legacyHashOf(password));
    }

    public TestUsers withPasswordHash(PasswordHash passwordHash) {
        this.passwordHash = passwordHash;
        return this;
    }

    /** An account that signs in some other way than with a password. */
    public TestUsers withoutPassword() {
        this.passwordHash = null;
        return this;
    }

    public User build() {
        return User.rebuild(id, email, roles, status, createdAt, lastLoginAt, timezone, passwordHash, status != AccountStatus.PENDING, false, null);
    }
}
