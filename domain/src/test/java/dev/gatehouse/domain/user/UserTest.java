package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final UserId ID = new UserId(UUID.fromString("3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b2c"));
    private static final EmailAddress EMAIL = EmailAddress.of("ann@example.org");
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30Z");

    @Test
    void registrationCreatesActivePlainUserWithPassword() {
        User user = User.registerWithPassword(ID, EMAIL, HASH, NOW);

        assertThat(user.id()).isEqualTo(ID);
        assertThat(user.email()).isEqualTo(EMAIL);
        assertThat(user.roles()).containsExactly(Role.USER);
        assertThat(user.active()).isTrue();
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(user.lastLoginAt()).isEmpty();
        assertThat(user.timezone()).isEmpty();
        assertThat(user.passwordHash()).contains(HASH);
    }

    @Test
    void withEmailMovesTheAccountAndKeepsEverythingElse() {
        User user = User.registerWithPassword(ID, EMAIL, HASH, NOW).signedInAt(NOW.plusSeconds(5))
                .withRoles(Set.of(Role.USER, Role.ADMIN));
        EmailAddress moved = EmailAddress.of("ann.lee@example.net");

        User changed = user.withEmail(moved);

        assertThat(changed.email()).isEqualTo(moved);
        assertThat(changed.id()).isEqualTo(ID);
        assertThat(changed.roles()).isEqualTo(user.roles());
        assertThat(changed.status()).isEqualTo(user.status());
        assertThat(changed.passwordHash()).isEqualTo(user.passwordHash());
        assertThat(changed.lastLoginAt()).isEqualTo(user.lastLoginAt());
        assertThat(user.email()).isEqualTo(EMAIL);
    }

    @Test
    void registrationRequiresPasswordHash() {
        assertThatThrownBy(() -> User.registerWithPassword(ID, EMAIL, null, NOW))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void rebuildKeepsEverythingStored() {
        Instant lastLogin = NOW.plusSeconds(60);
        User user = User.rebuild(ID, EMAIL, Set.of(Role.ADMIN, Role.USER), AccountStatus.DISABLED, NOW, lastLogin,
                ZoneId.of("Europe/Berlin"), null, true, false, null);

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(user.hasRole(Role.ADMIN)).isTrue();
        assertThat(user.active()).isFalse();
        assertThat(user.lastLoginAt()).contains(lastLogin);
        assertThat(user.timezone()).contains(ZoneId.of("Europe/Berlin"));
        assertThat(user.passwordHash()).isEmpty();
    }

    @Test
    void refusesUserWithoutRoles() {
        assertThatThrownBy(() -> User.rebuild(ID, EMAIL, Set.of(), AccountStatus.ACTIVE, NOW, null, null, HASH, true, false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMissingIdEmailRolesOrCreationTime() {
        Set<Role> roles = Set.of(Role.USER);
        assertThatThrownBy(() -> User.rebuild(null, EMAIL, roles, AccountStatus.ACTIVE, NOW, null, null, HASH, true, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> User.rebuild(ID, null, roles, AccountStatus.ACTIVE, NOW, null, null, HASH, true, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> User.rebuild(ID, EMAIL, null, AccountStatus.ACTIVE, NOW, null, null, HASH, true, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> User.rebuild(ID, EMAIL, roles, AccountStatus.ACTIVE, null, null, null, HASH, true, false, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void rolesCannotBeChangedFromOutside() {
        Set<Role> given = EnumSet.of(Role.USER);
        User user = User.rebuild(ID, EMAIL, given, AccountStatus.ACTIVE, NOW, null, null, HASH, true, false, null);

        given.add(Role.ADMIN);

        assertThat(user.hasRole(Role.ADMIN)).isFalse();
        assertThatThrownBy(() -> user.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void signingInRecordsTheTimeAndChangesNothingElse() {
        User user = User.registerWithPassword(ID, EMAIL, HASH, NOW);
        Instant signIn = NOW.plusSeconds(3600);

        User signedIn = user.signedInAt(signIn);

        assertThat(signedIn.lastLoginAt()).contains(signIn);
        assertThat(user.lastLoginAt()).isEmpty();
        assertThat(signedIn.passwordHash()).contains(HASH);
        assertThat(signedIn.roles()).containsExactly(Role.USER);
        assertThat(signedIn.createdAt()).isEqualTo(NOW);
    }

    @Test
    void replacingThePasswordHashKeepsTheLastSignIn() {
        PasswordHash newer = new PasswordHash("$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$bmV3");
        User user = User.registerWithPassword(ID, EMAIL, HASH, NOW).signedInAt(NOW.plusSeconds(5));

        User rehashed = user.withPasswordHash(newer);

        assertThat(rehashed.passwordHash()).contains(newer);
        assertThat(rehashed.lastLoginAt()).contains(NOW.plusSeconds(5));
        assertThatThrownBy(() -> user.withPasswordHash(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void usersAreTheSameWhenTheirIdsAre() {
        User registered = User.registerWithPassword(ID, EMAIL, HASH, NOW);
        User changed = User.rebuild(ID, EmailAddress.of("other@example.org"), Set.of(Role.ADMIN), AccountStatus.DISABLED, NOW,
                null, null, null, true, false, null);

        assertThat(changed).isEqualTo(registered).hasSameHashCodeAs(registered);
        assertThat(User.registerWithPassword(new UserId(UUID.randomUUID()), EMAIL, HASH, NOW)).isNotEqualTo(registered);
    }

    @Test
    void textFormShowsNeitherAddressNorHash() {
        String text = User.registerWithPassword(ID, EMAIL, HASH, NOW).toString();

        assertThat(text).contains(ID.toString()).doesNotContain("ann").doesNotContain("argon2");
    }

    @Test
    void pendingSignupCannotSignInUntilActivatedWithTheBrowsersTimezone() {
        User pending = User.pendingSignup(ID, EMAIL, NOW);

        assertThat(pending.pending()).isTrue();
        assertThat(pending.active()).isFalse();
        assertThat(pending.passwordHash()).isEmpty();
        assertThat(pending.roles()).containsExactly(Role.USER);

        User activated = pending.activated(java.time.ZoneId.of("Europe/Berlin"));

        assertThat(activated.active()).isTrue();
        assertThat(activated.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(activated.timezone()).contains(java.time.ZoneId.of("Europe/Berlin"));
    }

    @Test
    void onlyPendingAccountsCanBeActivated() {
        User disabled = User.rebuild(ID, EMAIL, Set.of(Role.USER), AccountStatus.DISABLED, NOW, null, null, HASH, true, false, null);
        User active = User.registerWithPassword(ID, EMAIL, HASH, NOW);

        assertThatThrownBy(() -> disabled.activated(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> active.activated(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void accountStatusHasStableStorageIds() {
        for (AccountStatus status : AccountStatus.values()) {
            assertThat(AccountStatus.fromId(status.id())).isEqualTo(status);
        }
        assertThatThrownBy(() -> AccountStatus.fromId("ACTIVE")).isInstanceOf(IllegalArgumentException.class);
    }
}
