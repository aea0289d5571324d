package dev.gatehouse.application.testing;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.out.SessionData;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link SessionData} must do; extend it once per implementation, over stores that share their data. */
public abstract class SessionDataContract {

    protected abstract Users users();

    protected abstract Sessions sessions();

    protected abstract SessionData sessionData();

    private SessionId storedSession() {
        User user = aUser().build();
        users().add(user);
        Session session = aSession().of(user).withId(new SessionId(UUID.randomUUID())).build();
        sessions().add(session);
        return session.id();
    }

    private static String increment(String value) {
        return String.valueOf(value.isEmpty() ? 1 : Integer.parseInt(value) + 1);
    }

    @Test
    void aValueStartsEmptyAndKeepsWhatEachUpdateMadeOfIt() {
        SessionId session = storedSession();

        assertThat(sessionData().update(session, "count", SessionDataContract::increment)).isEqualTo("1");
        assertThat(sessionData().update(session, "count", SessionDataContract::increment)).isEqualTo("2");
        assertThat(sessionData().update(session, "count", value -> value)).isEqualTo("2");
    }

    @Test
    void valuesBelongToOneSessionAndOneName() {
        SessionId first = storedSession();
        SessionId second = storedSession();
        sessionData().update(first, "a", value -> "first a");
        sessionData().update(first, "b", value -> "first b");

        assertThat(sessionData().update(second, "a", value -> value)).isEmpty();
        assertThat(sessionData().update(first, "a", value -> value)).isEqualTo("first a");
    }

    @Test
    void theDataEndsWithItsSession() {
        SessionId session = storedSession();
        sessionData().update(session, "count", SessionDataContract::increment);

        sessions().remove(session);

        assertThat(sessionData().update(session, "count", value -> value)).isEmpty();
        assertThat(sessionData().update(session, "count", SessionDataContract::increment)).as("and is not stored again")
                .isEqualTo("1");
        assertThat(sessionData().update(session, "count", value -> value)).isEmpty();
    }

    @Test
    void namesAndValuesHaveAMaximumLength() {
        SessionId session = storedSession();

        assertThatThrownBy(() -> sessionData().update(session, "n".repeat(SessionData.MAX_NAME_LENGTH + 1), value -> value))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sessionData().update(session, "big", value -> "v".repeat(SessionData.MAX_VALUE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sessionData().update(session, "big", value -> "v".repeat(SessionData.MAX_VALUE_LENGTH)))
                .hasSize(SessionData.MAX_VALUE_LENGTH);
    }

    @Test
    void updatesAtTheSameTimeAreAppliedOneAfterTheOther() throws Exception {
        SessionId session = storedSession();
        SessionData data = sessionData();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                running.add(pool.submit(() -> data.update(session, "count", SessionDataContract::increment)));
            }
            for (Future<?> update : running) {
                update.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(data.update(session, "count", value -> value)).isEqualTo("60");
    }
}
