package dev.gatehouse.application.testing;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.PasskeyChallenges;
import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.passkey.ChallengePurpose;
import dev.gatehouse.domain.passkey.CredentialId;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyChallenge;
import dev.gatehouse.domain.passkey.PasskeyId;
import dev.gatehouse.domain.passkey.PasskeyName;
import dev.gatehouse.domain.user.User;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Passkeys} and {@link PasskeyChallenges} must do. Extend it once per
 * implementation. Both belong to stored users (foreign keys in the database), so every test adds
 * its users through {@link #users()} first, and never assumes an empty store.
 */
public abstract class PasskeysContract {

    /** In whole microseconds, as storage keeps them. */
    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30.123456Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Users users;
    private Passkeys passkeys;
    private PasskeyChallenges challenges;

    protected abstract Users users();

    /** The stores under test, over the same data as {@link #users()}. */
    protected abstract Passkeys passkeys();

    protected abstract PasskeyChallenges challenges();

    private Passkeys store() {
        if (passkeys == null) {
            passkeys = passkeys();
        }
        return passkeys;
    }

    private PasskeyChallenges issued() {
        if (challenges == null) {
            challenges = challenges();
        }
        return challenges;
    }

    private User storedUser() {
        if (users == null) {
            users = users();
        }
        User user = aUser().build();
        users.add(user);
        return user;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Passkey passkeyOf(User user, Instant createdAt, long signCount) {
        return new Passkey(PasskeyId.random(), user.id(), CredentialId.of(random(32)), random(77), signCount,
                Passkey.userHandleOf(user.id()), new PasskeyName("Laptop"), createdAt, Optional.empty());
    }

    @Test
    void findsAStoredPasskeyByItsCredentialIdWithEveryField() {
        User user = storedUser();
        Passkey passkey = passkeyOf(user, NOW, 7);

        assertThat(store().add(passkey)).isTrue();

        Passkey found = store().findByCredentialId(passkey.credentialId()).orElseThrow();
        assertThat(found).usingRecursiveComparison().isEqualTo(passkey);
        assertThat(store().findByCredentialId(CredentialId.of(random(32)))).isEmpty();
    }

    @Test
    void refusesACredentialIdRegisteredAlreadyEvenToAnotherAccount() {
        Passkey first = passkeyOf(storedUser(), NOW, 0);
        Passkey again = new Passkey(PasskeyId.random(), storedUser().id(), first.credentialId(), random(77), 0,
                random(16), new PasskeyName("Other"), NOW, Optional.empty());
        store().add(first);

        assertThat(store().add(again)).isFalse();
        assertThat(store().ofUser(again.user())).isEmpty();
    }

    @Test
    void listsAnAccountsPasskeysOldestFirstAndRemovesOnlyItsOwn() {
        User owner = storedUser();
        User other = storedUser();
        Passkey newer = passkeyOf(owner, NOW.plusSeconds(60), 0);
        Passkey older = passkeyOf(owner, NOW, 0);
        Passkey others = passkeyOf(other, NOW, 0);
        store().add(newer);
        store().add(older);
        store().add(others);

        assertThat(store().ofUser(owner.id())).extracting(Passkey::id).containsExactly(older.id(), newer.id());
        assertThat(store().remove(owner.id(), others.id())).isFalse();
        assertThat(store().remove(owner.id(), older.id())).isTrue();
        assertThat(store().remove(owner.id(), older.id())).isFalse();
        assertThat(store().ofUser(owner.id())).extracting(Passkey::id).containsExactly(newer.id());
        assertThat(store().ofUser(other.id())).extracting(Passkey::id).containsExactly(others.id());
    }

    @Test
    void recordsAUseOnlyWhenTheCounterMovesForward() {
        Passkey passkey = passkeyOf(storedUser(), NOW, 5);
        store().add(passkey);

        assertThat(store().recordUse(passkey.id(), 5, NOW)).isFalse();
        assertThat(store().recordUse(passkey.id(), 4, NOW)).isFalse();
        assertThat(store().recordUse(passkey.id(), 0, NOW)).isFalse();
        assertThat(store().recordUse(passkey.id(), 6, NOW.plusSeconds(1))).isTrue();

        Passkey used = store().findByCredentialId(passkey.credentialId()).orElseThrow();
        assertThat(used.signCount()).isEqualTo(6);
        assertThat(used.lastUsedAt()).contains(NOW.plusSeconds(1));
    }

    @Test
    void aPasskeyThatNeverCountsIsUsedAgainAndAgain() {
        Passkey passkey = passkeyOf(storedUser(), NOW, 0);
        store().add(passkey);

        assertThat(store().recordUse(passkey.id(), 0, NOW)).isTrue();
        assertThat(store().recordUse(passkey.id(), 0, NOW.plusSeconds(1))).isTrue();
    }

    @Test
    void aChallengeIsTakenOnceForItsPurposeAndAccountWhileLive() {
        User user = storedUser();
        PasskeyChallenge challenge = PasskeyChallenge.of(random(32));
        issued().add(challenge, ChallengePurpose.REGISTRATION, Optional.of(user.id()), NOW.plusSeconds(300));

        assertThat(issued().take(challenge, ChallengePurpose.SIGN_IN, Optional.empty(), NOW)).isFalse();
        assertThat(issued().take(challenge, ChallengePurpose.REGISTRATION, Optional.of(storedUser().id()), NOW)).isFalse();
        assertThat(issued().take(challenge, ChallengePurpose.REGISTRATION, Optional.of(user.id()), NOW)).isTrue();
        assertThat(issued().take(challenge, ChallengePurpose.REGISTRATION, Optional.of(user.id()), NOW)).isFalse();
    }

    @Test
    void anExpiredChallengeIsNeverTakenAndIsRemoved() {
        PasskeyChallenge expired = PasskeyChallenge.of(random(32));
        PasskeyChallenge live = PasskeyChallenge.of(random(32));
        Instant later = NOW.plus(Duration.ofDays(3650));
        issued().add(expired, ChallengePurpose.SIGN_IN, Optional.empty(), later);
        issued().add(live, ChallengePurpose.SIGN_IN, Optional.empty(), later.plusSeconds(1));

        assertThat(issued().take(expired, ChallengePurpose.SIGN_IN, Optional.empty(), later)).isFalse();
        assertThat(issued().removeExpired(later)).isGreaterThanOrEqualTo(1);
        assertThat(issued().take(live, ChallengePurpose.SIGN_IN, Optional.empty(), later)).isTrue();
    }
}
