package dev.gatehouse.application.testing;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static dev.gatehouse.application.testing.TestUsers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.EmailChanges;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.PendingEmailChange;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EmailChanges} must do. Extend it once per implementation. A pending change
 * belongs to a stored user (a foreign key in the database), so every test adds its users through
 * {@link #users()} first, and never assumes an empty store.
 */
public abstract class EmailChangesContract {

    /** In whole microseconds, as storage keeps them. */
    private static final Instant REQUESTED_AT = Instant.parse("2025-03-04T09:15:30.123456Z");

    private Users users;
    private EmailChanges changes;

    protected abstract Users users();

    /** The store under test, over the same data as {@link #users()}. */
    protected abstract EmailChanges emailChanges();

    private EmailChanges store() {
        if (changes == null) {
            changes = emailChanges();
        }
        return changes;
    }

    private User storedUser() {
        if (users == null) {
            users = users();
        }
        User user = aUser().build();
        users.add(user);
        return user;
    }

    @Test
    void findsTheStoredChangeWithEveryField() {
        User user = storedUser();
        PendingEmailChange change = new PendingEmailChange(user.id(), uniqueEmail("new"), REQUESTED_AT);

        store().replace(change);

        assertThat(store().find(user.id())).contains(change);
    }

    @Test
    void aNewerRequestReplacesThePendingOne() {
        User user = storedUser();
        store().replace(new PendingEmailChange(user.id(), uniqueEmail("first"), REQUESTED_AT));
        PendingEmailChange newer = new PendingEmailChange(user.id(), uniqueEmail("second"), REQUESTED_AT.plusSeconds(60));

        store().replace(newer);

        assertThat(store().find(user.id())).contains(newer);
    }

    @Test
    void removeForgetsOnlyThatAccountsChange() {
        User user = storedUser();
        User other = storedUser();
        store().replace(new PendingEmailChange(user.id(), uniqueEmail("gone"), REQUESTED_AT));
        PendingEmailChange kept = new PendingEmailChange(other.id(), uniqueEmail("kept"), REQUESTED_AT);
        store().replace(kept);

        store().remove(user.id());

        assertThat(store().find(user.id())).isEmpty();
        assertThat(store().find(other.id())).contains(kept);
    }

    @Test
    void removeRequestedBeforeForgetsOldRequestsAndKeepsRecentOnes() {
        User old = storedUser();
        User recent = storedUser();
        store().replace(new PendingEmailChange(old.id(), uniqueEmail("old"), REQUESTED_AT));
        PendingEmailChange kept = new PendingEmailChange(recent.id(), uniqueEmail("recent"), REQUESTED_AT.plusSeconds(10));
        store().replace(kept);

        assertThat(store().removeRequestedBefore(REQUESTED_AT.plusSeconds(10))).isGreaterThanOrEqualTo(1);

        assertThat(store().find(old.id())).isEmpty();
        assertThat(store().find(recent.id())).contains(kept);
    }
}
