package dev.gatehouse.application.testing;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.CodeFailures;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CodeFailures} must do. Extend it once per implementation. Failures belong to
 * stored users (a foreign key in the database), so every test adds its users through
 * {@link #users()} first. The tests never assume an empty store: each counts for users of its own.
 */
public abstract class CodeFailuresContract {

    /** In whole microseconds, as storage keeps them. */
    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30.123456Z");

    private Users users;
    private CodeFailures failures;

    /**
     * The user store the failures' owners live in. Called lazily, once per test, from inside the
     * test method (so after every {@code @BeforeEach}).
     */
    protected abstract Users users();

    /** The store under test, over the same data as {@link #users()}. Called like {@link #users()}. */
    protected abstract CodeFailures codeFailures();

    private Users userStore() {
        if (users == null) {
            users = users();
        }
        return users;
    }

    private CodeFailures store() {
        if (failures == null) {
            failures = codeFailures();
        }
        return failures;
    }

    private User storedUser() {
        User user = aUser().build();
        userStore().add(user);
        return user;
    }

    @Test
    void countsTheUsersFailuresSinceTheGivenInstantIncludingIt() {
        User user = storedUser();
        store().record(user.id(), NOW.minusSeconds(3_600));
        store().record(user.id(), NOW.minusSeconds(60));
        store().record(user.id(), NOW);

        assertThat(store().countSince(user.id(), NOW.minusSeconds(3_600))).isEqualTo(3);
        assertThat(store().countSince(user.id(), NOW.minusSeconds(3_599))).isEqualTo(2);
        assertThat(store().countSince(user.id(), NOW)).isEqualTo(1);
        assertThat(store().countSince(user.id(), NOW.plusNanos(1_000))).isZero();
    }

    @Test
    void countsEveryFailureEvenAtTheSameInstant() {
        User user = storedUser();

        store().record(user.id(), NOW);
        store().record(user.id(), NOW);

        assertThat(store().countSince(user.id(), NOW.minusSeconds(1))).isEqualTo(2);
    }

    @Test
    void countsOnlyTheGivenUsersFailures() {
        User ann = storedUser();
        User bob = storedUser();
        store().record(ann.id(), NOW);
        store().record(bob.id(), NOW);
        store().record(bob.id(), NOW.plusSeconds(1));

        assertThat(store().countSince(ann.id(), NOW.minusSeconds(60))).isEqualTo(1);
        assertThat(store().countSince(bob.id(), NOW.minusSeconds(60))).isEqualTo(2);
        assertThat(store().countSince(storedUser().id(), NOW.minusSeconds(60))).isZero();
        assertThat(store().countSince(new UserId(UUID.randomUUID()), NOW.minusSeconds(60))).isZero();
    }

    @Test
    void keepsInstantsToTheMicrosecond() {
        User user = storedUser();
        Instant at = Instant.parse("2025-03-04T09:15:30.000001Z");

        store().record(user.id(), at);

        assertThat(store().countSince(user.id(), at)).isEqualTo(1);
        assertThat(store().countSince(user.id(), at.plusNanos(1_000))).isZero();
    }

    @Test
    void removeBeforeForgetsOlderFailuresAndKeepsThoseAtOrAfterTheCutoff() {
        Instant cutoff = NOW.minusSeconds(3_600);
        User user = storedUser();
        store().record(user.id(), cutoff.minusSeconds(600));
        store().record(user.id(), cutoff.minusNanos(1_000));
        store().record(user.id(), cutoff);
        store().record(user.id(), NOW);

        int removed = store().removeBefore(cutoff);

        // Other tests' old failures may have gone too: at least ours did.
        assertThat(removed).isGreaterThanOrEqualTo(2);
        assertThat(store().countSince(user.id(), Instant.EPOCH)).isEqualTo(2);
        assertThat(store().countSince(user.id(), cutoff)).isEqualTo(2);
        assertThat(store().removeBefore(cutoff)).isZero();
    }
}
