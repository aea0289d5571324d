package dev.gatehouse.application.testing;

import java.util.Optional;
import java.time.Duration;
import dev.gatehouse.domain.user.RegistrationToken;
import static dev.gatehouse.application.testing.StateAssertions.assertSameState;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static dev.gatehouse.application.testing.TestUsers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Users} must do. Extend it once per implementation and return the store under
 * test from {@link #users()}. The tests never assume an empty store: each makes its own users with
 * random ids and addresses. All times are whole microseconds, the precision of {@code DATETIME(6)}.
 */
public abstract class UsersContract {

    private Users users;

    /**
     * The store under test. Called lazily, once per test, from inside the test method (so after
     * every {@code @BeforeEach}); the same instance is then shared by several threads in
     * {@link #acceptsExactlyOneOfConcurrentRegistrationsOfOneAddress}.
     */
    protected abstract Users users();

    private Users store() {
        if (users == null) {
            users = users();
        }
        return users;
    }

    @Test
    void findsAddedUserByIdWithEveryField() {
        User ann = aUser().withRoles(Role.USER, Role.ADMIN).lastLoginAt(Instant.parse("2025-02-03T04:05:06.123456Z"))
                .withTimezone("Europe/Berlin").build();

        store().add(ann);

        assertSameState(store().findById(ann.id()).orElseThrow(), ann);
    }

    @Test
    void findsUserByEmailRegardlessOfHowItWasTyped() {
        String local = "Ann.Lee-" + UUID.randomUUID().toString().substring(0, 8);
        User ann = aUser().withEmail(local + "@Example.ORG").build();
        store().add(ann);

        User found = store().findByEmail(EmailAddress.of("  " + local.toUpperCase(Locale.ROOT) + "@EXAMPLE.org\t"))
                .orElseThrow();

        assertSameState(found, ann);
    }

    @Test
    void aSignInIsRecordedWhenTheAccountIsStillAsItWasRead() {
        User ann = aUser().build();
        store().add(ann);
        Instant at = Instant.parse("2025-03-04T10:00:00.000001Z");
        User rehashed = ann.withPasswordHash(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$rehashed")).signedInAt(at);

        assertThat(store().recordSignIn(ann, rehashed)).isTrue();

        User stored = store().findById(ann.id()).orElseThrow();
        assertThat(stored.lastLoginAt()).contains(at);
        assertThat(stored.passwordHash()).isEqualTo(rehashed.passwordHash());
        assertThat(stored.roles()).isEqualTo(ann.roles());
    }

    @Test
    void aSignInIsRefusedWhenTheAccountWasDisabledOrItsPasswordChangedSinceTheRead() {
        User disabledMeanwhile = aUser().build();
        User resetMeanwhile = aUser().build();
        store().add(disabledMeanwhile);
        store().add(resetMeanwhile);
        store().update(disabledMeanwhile.disable());
        store().update(resetMeanwhile.withPasswordHash(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$reset")));
        Instant at = Instant.parse("2025-03-04T10:00:00Z");

        assertThat(store().recordSignIn(disabledMeanwhile, disabledMeanwhile.signedInAt(at))).isFalse();
        assertThat(store().recordSignIn(resetMeanwhile, resetMeanwhile.signedInAt(at))).isFalse();

        assertThat(store().findById(disabledMeanwhile.id()).orElseThrow().disabled()).isTrue();
        assertThat(store().findById(disabledMeanwhile.id()).orElseThrow().lastLoginAt()).isEmpty();
        assertThat(store().findById(resetMeanwhile.id()).orElseThrow().passwordHash())
                .contains(new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$reset"));
    }

    @Test
    void aLockedReadFindsTheAccountAsStored() {
        User ann = aUser().build();
        store().add(ann);

        assertSameState(store().findByIdForUpdate(ann.id()).orElseThrow(), ann);
        assertThat(store().findByIdForUpdate(new UserId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void findsNobodyForUnknownIdOrAddress() {
        store().add(aUser().build());

        assertThat(store().findById(new UserId(UUID.randomUUID()))).isEmpty();
        assertThat(store().findByEmail(uniqueEmail("nobody"))).isEmpty();
    }

    @Test
    void refusesSecondAccountForTheSameAddressTypedDifferently() {
        EmailAddress address = uniqueEmail("twice");
        User first = aUser().withEmail(address).build();
        User second = aUser().withEmail("  " + address.value().toUpperCase(Locale.ROOT)).build();
        store().add(first);

        assertThatThrownBy(() -> store().add(second)).isInstanceOf(EmailAlreadyRegisteredException.class);

        assertThat(store().findById(second.id())).isEmpty();
        assertThat(store().findByEmail(address)).map(User::id).contains(first.id());
    }

    @Test
    void acceptsExactlyOneOfConcurrentRegistrationsOfOneAddress() throws Exception {
        EmailAddress address = uniqueEmail("race");
        int attempts = 8;
        Users shared = store();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                User contender = aUser().withEmail(address).build();
                results.add(pool.submit(() -> {
                    start.await();
                    shared.add(contender);
                    return null;
                }));
            }
            start.countDown();
            int added = 0;
            int refused = 0;
            for (Future<?> result : results) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                    added++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(EmailAlreadyRegisteredException.class);
                    refused++;
                }
            }
            assertThat(added).isEqualTo(1);
            assertThat(refused).isEqualTo(attempts - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void updateStoresGrantedAndWithdrawnRoles() {
        User user = aUser().build();
        store().add(user);

        User admin = rebuiltWith(user).withRoles(Role.USER, Role.ADMIN).build();
        store().update(admin);
        assertThat(store().findById(user.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);

        User adminOnly = rebuiltWith(user).withRoles(Role.ADMIN).build();
        store().update(adminOnly);
        assertThat(store().findById(user.id()).orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void updateStoresDeactivation() {
        User user = aUser().build();
        store().add(user);

        store().update(rebuiltWith(user).inactive().build());

        assertThat(store().findById(user.id()).orElseThrow().active()).isFalse();
        assertThat(store().findByEmail(user.email()).orElseThrow().active()).isFalse();
    }

    @Test
    void updateStoresLastSignInAtMicrosecondPrecision() {
        User user = aUser().build();
        store().add(user);
        Instant signIn = Instant.parse("2025-03-04T09:15:30.000001Z");

        store().update(user.signedInAt(signIn));

        assertThat(store().findById(user.id()).orElseThrow().lastLoginAt()).contains(signIn);
    }

    @Test
    void updateStoresSetAndClearedTimezone() {
        User user = aUser().build();
        store().add(user);

        store().update(rebuiltWith(user).withTimezone("America/St_Johns").build());
        assertThat(store().findById(user.id()).orElseThrow().timezone().map(Object::toString))
                .contains("America/St_Johns");

        store().update(rebuiltWith(user).build());
        assertThat(store().findById(user.id()).orElseThrow().timezone()).isEmpty();
    }

    @Test
    void updateStoresReplacedPasswordHash() {
        User user = aUser().withPassword("first password of ann").build();
        store().add(user);
        PasswordHash replacement = new PasswordHash(
                "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3Bfq7DJhvGbnxl4QuRYEU1Rkyjrb2X9M0qbnyTSTWXo");

        store().update(user.withPasswordHash(replacement));

        assertThat(store().findById(user.id()).orElseThrow().passwordHash()).contains(replacement);
    }

    @Test
    void updateLeavesOtherUsersAlone() {
        User changed = aUser().build();
        User bystander = aUser().withTimezone("Asia/Tokyo").build();
        store().add(changed);
        store().add(bystander);

        store().update(rebuiltWith(changed).inactive().withRoles(Role.ADMIN).build());

        assertSameState(store().findById(bystander.id()).orElseThrow(), bystander);
    }

    @Test
    void userWithoutPasswordOrOptionalFieldsRoundTrips() {
        User user = aUser().withoutPassword().build();

        store().add(user);

        User found = store().findById(user.id()).orElseThrow();
        assertSameState(found, user);
        assertThat(found.passwordHash()).isEmpty();
        assertThat(found.lastLoginAt()).isEmpty();
        assertThat(found.timezone()).isEmpty();
    }

    @Test
    void keepsInstantsToTheMicrosecond() {
        Instant created = Instant.parse("1999-12-31T23:59:59.999999Z");
        Instant lastLogin = Instant.parse("2038-01-19T03:14:08.000001Z");
        User user = aUser().createdAt(created).lastLoginAt(lastLogin).build();

        store().add(user);

        User found = store().findById(user.id()).orElseThrow();
        assertThat(found.createdAt()).isEqualTo(created);
        assertThat(found.lastLoginAt()).contains(lastLogin);
    }

    @Test
    void keepsLongestAllowedAddress() {
        String local = ("longest-" + UUID.randomUUID().toString().replace("-", "") + "x".repeat(64)).substring(0, 64);
        String domain = "d".repeat(254 - 64 - 1 - ".example".length()) + ".example";
        EmailAddress longest = EmailAddress.of(local + "@" + domain);
        assertThat(longest.value()).hasSize(EmailAddress.MAX_LENGTH);
        User user = aUser().withEmail(longest).build();

        store().add(user);

        assertThat(store().findByEmail(longest)).map(User::id).contains(user.id());
    }

    @Test
    void keepsNonAsciiAddressIntact() {
        EmailAddress address = EmailAddress.of("jörg-" + UUID.randomUUID().toString().substring(0, 8) + "@bücher.example");
        User user = aUser().withEmail(address).build();

        store().add(user);

        assertThat(store().findById(user.id()).orElseThrow().email()).isEqualTo(address);
        assertThat(store().findByEmail(address)).map(User::id).contains(user.id());
    }

    @Test
    void pendingAccountRoundTripsAndItsActivationIsStored() {
        User pending = User.pendingSignup(new UserId(UUID.randomUUID()), uniqueEmail("pending"),
                Instant.parse("2025-03-04T09:00:00.000001Z"));
        store().add(pending);
        assertSameState(store().findByEmail(pending.email()).orElseThrow(), pending);

        User activated = pending.activated(ZoneId.of("Europe/Vienna"));
        store().update(activated);

        assertSameState(store().findById(pending.id()).orElseThrow(), activated);
        assertThat(store().findById(pending.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void removePendingCreatedBeforeRemovesOnlyPendingAccountsOlderThanTheCutoff() {
        Instant cutoff = Instant.parse("2025-03-05T09:00:00.000001Z");
        User oldPending = stored(aUser().pending().withoutPassword().createdAt(cutoff.minusNanos(1_000)));
        User pendingAtCutoff = stored(aUser().pending().withoutPassword().createdAt(cutoff));
        User recentPending = stored(aUser().pending().withoutPassword().createdAt(cutoff.plusSeconds(60)));
        User oldActive = stored(aUser().createdAt(cutoff.minusSeconds(86_400)));
        User oldDisabled = stored(aUser().inactive().createdAt(cutoff.minusSeconds(86_400)));

        int removed = store().removePendingCreatedBefore(cutoff);

        // Other tests may have left old pending accounts behind: at least ours went.
        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(store().findById(oldPending.id())).isEmpty();
        assertThat(store().findByEmail(oldPending.email())).isEmpty();
        assertThat(store().findById(pendingAtCutoff.id())).isPresent();
        assertThat(store().findById(recentPending.id())).isPresent();
        assertThat(store().findById(oldActive.id())).isPresent();
        assertThat(store().findById(oldDisabled.id())).isPresent();
        assertThat(store().removePendingCreatedBefore(cutoff)).isZero();
    }

    @Test
    void removedPendingAccountFreesItsAddress() {
        User abandoned = stored(aUser().pending().withoutPassword().createdAt(Instant.parse("2025-02-01T00:00:00Z")));

        store().removePendingCreatedBefore(Instant.parse("2025-02-02T00:00:00Z"));

        User again = aUser().withEmail(abandoned.email()).build();
        store().add(again);
        assertThat(store().findByEmail(abandoned.email())).map(User::id).contains(again.id());
    }

    @Test
    void listPagesThroughMatchingUsersOrderedByAddress() {
        String marker = "page-" + UUID.randomUUID().toString().substring(0, 8);
        User carol = stored(aUser().withEmail("c-" + marker + "@example.org"));
        User ann = stored(aUser().withEmail("a-" + marker + "@example.org").withRoles(Role.USER, Role.ADMIN));
        User bob = stored(aUser().withEmail("b-" + marker + "@example.org").pending().withoutPassword());
        stored(aUser());

        assertThat(store().list(0, 2, java.util.Optional.of(marker))).extracting(User::id)
                .containsExactly(ann.id(), bob.id());
        assertThat(store().list(2, 2, java.util.Optional.of(marker))).extracting(User::id).containsExactly(carol.id());
        assertThat(store().list(3, 2, java.util.Optional.of(marker))).isEmpty();
        assertThat(store().count(java.util.Optional.of(marker))).isEqualTo(3);
        assertSameState(store().list(0, 1, java.util.Optional.of(marker)).get(0), ann);
    }

    @Test
    void listWithoutSearchCoversEveryUser() {
        User someone = stored(aUser());
        int total = store().count(java.util.Optional.empty());

        assertThat(total).isGreaterThanOrEqualTo(1);
        assertThat(store().list(0, total + 1, java.util.Optional.empty())).hasSize(total)
                .extracting(User::id).contains(someone.id());
        assertThat(store().list(0, 1, java.util.Optional.empty())).hasSize(1);
    }

    @Test
    void searchTakesPercentAndUnderscoreLiterally() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        User percent = stored(aUser().withEmail("x%y-" + marker + "@example.org"));
        User underscore = stored(aUser().withEmail("x_y-" + marker + "@example.org"));
        stored(aUser().withEmail("xzy-" + marker + "@example.org"));
        stored(aUser().withEmail("x!y-" + marker + "@example.org"));

        assertThat(store().list(0, 10, java.util.Optional.of("x%y-" + marker))).extracting(User::id)
                .containsExactly(percent.id());
        assertThat(store().list(0, 10, java.util.Optional.of("x_y-" + marker))).extracting(User::id)
                .containsExactly(underscore.id());
        assertThat(store().count(java.util.Optional.of("%" + marker))).isZero();
        assertThat(store().count(java.util.Optional.of("x!y-" + marker))).isEqualTo(1);
        assertThat(store().count(java.util.Optional.of(marker))).isEqualTo(4);
    }

    @Test
    void countsOnlyActiveUsersHoldingTheAdminRole() {
        int before = store().countActiveAdmins();
        User admin = stored(aUser().withRoles(Role.USER, Role.ADMIN));
        stored(aUser().withRoles(Role.ADMIN).inactive());
        stored(aUser().withRoles(Role.ADMIN).pending().withoutPassword());
        stored(aUser());

        assertThat(store().countActiveAdmins()).isEqualTo(before + 1);

        store().update(admin.withRoles(java.util.Set.of(Role.USER)));
        assertThat(store().countActiveAdmins()).isEqualTo(before);
    }

    private User stored(TestUsers user) {
        User built = user.build();
        store().add(built);
        return built;
    }

    /** A builder that starts from {@code user}'s id, address and creation time, defaults otherwise. */
    private static TestUsers rebuiltWith(User user) {
        TestUsers builder = aUser().withId(user.id()).withEmail(user.email()).createdAt(user.createdAt());
        user.passwordHash().ifPresentOrElse(builder::withPasswordHash, builder::withoutPassword);
        return builder;
    }

    @Test
    void anUnprovenRegistrationAndItsProofRoundTrip() {
        RegistrationToken token = new SeededTokens().newRegistrationToken();
        User registered = User.registerUnproven(aUser().build().id(), TestUsers.uniqueEmail("unproven"),
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$unproven"), token.hash(),
                Instant.parse("2025-03-04T10:00:00Z"));
        store().add(registered);
        assertSameState(store().findById(registered.id()).orElseThrow(), registered);

        User proven = registered.proveAddress(Optional.of(token.hash())).after().activated(null);
        assertThat(store().recordSignIn(registered, proven.signedInAt(Instant.parse("2025-03-04T10:01:00Z")))).isTrue();

        User stored = store().findById(registered.id()).orElseThrow();
        assertThat(stored.emailVerified()).isTrue();
        assertThat(stored.passwordUnproven()).isFalse();
        assertThat(stored.registration()).isEmpty();
        assertThat(stored.passwordHash()).isEqualTo(registered.passwordHash());
    }

    @Test
    void aProofJudgedOnAnOlderRegistrationIsNotRecordedOverANewerOne() {
        RegistrationToken first = new SeededTokens(1).newRegistrationToken();
        RegistrationToken second = new SeededTokens(2).newRegistrationToken();
        User asked = User.pendingSignup(aUser().build().id(), TestUsers.uniqueEmail("twice"), Instant.parse("2025-03-04T10:00:00Z"));
        store().add(asked);
        PasswordHash hash = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$same");
        User firstRegistration = asked.withUnprovenPassword(hash, first.hash());
        store().update(firstRegistration);
        store().update(asked.withUnprovenPassword(hash, second.hash()));

        User provenOnTheFirst = firstRegistration.proveAddress(Optional.of(first.hash())).after().activated(null);

        assertThat(store().recordSignIn(firstRegistration, provenOnTheFirst)).isFalse();
    }

    @Test
    void theOwnerOfATakenAddressIsToldOncePerInterval() {
        User ann = aUser().build();
        store().add(ann);
        Instant now = Instant.parse("2025-03-04T10:00:00Z");
        Duration hour = Duration.ofHours(1);

        assertThat(store().claimRegistrationNotice(ann.id(), now, hour)).isTrue();
        assertThat(store().claimRegistrationNotice(ann.id(), now.plusSeconds(1), hour)).isFalse();
        assertThat(store().claimRegistrationNotice(ann.id(), now.plus(hour), hour)).isTrue();
    }

    @Test
    void anAccountMovesToAFreeAddressAndIsFoundByItAlone() {
        User ann = aUser().build();
        store().add(ann);
        EmailAddress moved = uniqueEmail("moved");

        store().updateEmail(ann.withEmail(moved));

        assertSameState(store().findByEmail(moved).orElseThrow(), ann.withEmail(moved));
        assertThat(store().findByEmail(ann.email())).isEmpty();
    }

    @Test
    void anAccountCannotMoveToAnotherAccountsAddressAndStaysWhereItWas() {
        User ann = aUser().build();
        User bob = aUser().build();
        store().add(ann);
        store().add(bob);

        assertThatThrownBy(() -> store().updateEmail(ann.withEmail(bob.email())))
                .isInstanceOf(EmailAlreadyRegisteredException.class);

        assertThat(store().findById(ann.id()).orElseThrow().email()).isEqualTo(ann.email());
        assertThat(store().findByEmail(bob.email()).orElseThrow().id()).isEqualTo(bob.id());
    }

    @Test
    void removeDeletesOnlyThatAccountAndFreesItsAddress() {
        User ann = aUser().build();
        User bob = aUser().build();
        store().add(ann);
        store().add(bob);

        assertThat(store().remove(ann.id())).isTrue();

        assertThat(store().findById(ann.id())).isEmpty();
        assertThat(store().findByEmail(ann.email())).isEmpty();
        assertSameState(store().findById(bob.id()).orElseThrow(), bob);
        assertThat(store().remove(ann.id())).as("already gone").isFalse();
        User again = aUser().withEmail(ann.email()).build();
        store().add(again);
        assertSameState(store().findByEmail(ann.email()).orElseThrow(), again);
    }
}
