package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserAdministrationTest {

    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30Z");
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");

    private static User user(AccountStatus status, Role... roles) {
        return User.rebuild(new UserId(UUID.randomUUID()), EmailAddress.of("u-" + UUID.randomUUID() + "@example.org"),
                roles.length == 0 ? EnumSet.of(Role.USER) : EnumSet.of(roles[0], roles), status, NOW, NOW, null, HASH, status != AccountStatus.PENDING, false, null);
    }

    @Test
    void withRolesReplacesTheWholeSetAndKeepsEverythingElse() {
        User ann = user(AccountStatus.ACTIVE, Role.USER);

        User admin = ann.withRoles(Set.of(Role.ADMIN, Role.USER));
        User adminOnly = admin.withRoles(Set.of(Role.ADMIN));

        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(adminOnly.roles()).containsExactly(Role.ADMIN);
        assertThat(adminOnly.id()).isEqualTo(ann.id());
        assertThat(adminOnly.status()).isEqualTo(ann.status());
        assertThat(adminOnly.passwordHash()).isEqualTo(ann.passwordHash());
        assertThat(adminOnly.lastLoginAt()).isEqualTo(ann.lastLoginAt());
    }

    @Test
    void withRolesRefusesAnEmptySet() {
        assertThatThrownBy(() -> user(AccountStatus.ACTIVE).withRoles(Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(AccountStatus.class)
    void disableShutsAnyAccount(AccountStatus status) {
        User disabled = user(status).disable();

        assertThat(disabled.status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(disabled.active()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AccountStatus.class, names = {"ACTIVE", "DISABLED"})
    void enableMakesDisabledOrActiveAccountActive(AccountStatus status) {
        User enabled = user(status, Role.USER, Role.ADMIN).enable();

        assertThat(enabled.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(enabled.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
    }

    @Test
    void enableRefusesPendingAccountWhichOnlyItsOwnersCodeOpens() {
        assertThatThrownBy(() -> user(AccountStatus.PENDING).enable()).isInstanceOf(AccountPendingException.class);
    }

    @Test
    void createdAdminIsActiveUserAndAdminWithoutPassword() {
        User admin = User.createdAdmin(new UserId(UUID.randomUUID()), EmailAddress.of("root@example.org"), NOW);

        assertThat(admin.active()).isTrue();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(admin.passwordHash()).isEmpty();
        assertThat(admin.createdAt()).isEqualTo(NOW);
    }

    @Test
    void lastActiveAdminCannotLoseTheAdminRole() {
        User admin = user(AccountStatus.ACTIVE, Role.USER, Role.ADMIN);

        assertThatThrownBy(() -> Administrators.ensureOneRemains(admin, admin.withRoles(Set.of(Role.USER)), 1))
                .isInstanceOf(LastAdminException.class);
    }

    @Test
    void lastActiveAdminCannotBeDisabled() {
        User admin = user(AccountStatus.ACTIVE, Role.ADMIN);

        assertThatThrownBy(() -> Administrators.ensureOneRemains(admin, admin.disable(), 1))
                .isInstanceOf(LastAdminException.class);
    }

    @Test
    void anAdminMayBeDemotedOrDisabledWhileAnotherRemains() {
        User admin = user(AccountStatus.ACTIVE, Role.ADMIN);

        Administrators.ensureOneRemains(admin, admin.withRoles(Set.of(Role.USER)), 2);
        Administrators.ensureOneRemains(admin, admin.disable(), 2);
    }

    @Test
    void changesThatKeepTheAdminActiveAreAlwaysAllowed() {
        User admin = user(AccountStatus.ACTIVE, Role.USER, Role.ADMIN);

        Administrators.ensureOneRemains(admin, admin.withRoles(Set.of(Role.ADMIN)), 1);
        Administrators.ensureOneRemains(admin, admin.enable(), 1);
    }

    @ParameterizedTest
    @EnumSource(value = AccountStatus.class, names = {"PENDING", "DISABLED"})
    void anInactiveAdminIsNotTheLastAdminAndMayBeDemoted(AccountStatus status) {
        User inactiveAdmin = user(status, Role.USER, Role.ADMIN);

        Administrators.ensureOneRemains(inactiveAdmin, inactiveAdmin.withRoles(Set.of(Role.USER)), 0);
        Administrators.ensureOneRemains(inactiveAdmin, inactiveAdmin.disable(), 0);
    }

    @Test
    void plainUsersAreNeverBlockedByTheRule() {
        User plain = user(AccountStatus.ACTIVE, Role.USER);

        Administrators.ensureOneRemains(plain, plain.disable(), 0);
    }

    @Test
    void lastActiveAdminCannotDeleteTheirAccount() {
        User admin = user(AccountStatus.ACTIVE, Role.USER, Role.ADMIN);

        assertThatThrownBy(() -> Administrators.ensureOneRemainsWithout(admin, 1))
                .isInstanceOf(LastAdminException.class)
                .hasMessageContaining("cannot delete");
    }

    @Test
    void anAdminMayDeleteTheirAccountWhileAnotherRemains() {
        Administrators.ensureOneRemainsWithout(user(AccountStatus.ACTIVE, Role.ADMIN), 2);
    }

    @ParameterizedTest
    @EnumSource(value = AccountStatus.class, names = {"PENDING", "DISABLED"})
    void deletingAnInactiveAdminOrAPlainUserNeverTouchesTheRule(AccountStatus status) {
        Administrators.ensureOneRemainsWithout(user(status, Role.ADMIN), 0);
        Administrators.ensureOneRemainsWithout(user(AccountStatus.ACTIVE, Role.USER), 0);
    }

    @Test
    void ruleComparesOnlyTheSameAccount() {
        assertThatThrownBy(() -> Administrators.ensureOneRemains(user(AccountStatus.ACTIVE), user(AccountStatus.ACTIVE), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
