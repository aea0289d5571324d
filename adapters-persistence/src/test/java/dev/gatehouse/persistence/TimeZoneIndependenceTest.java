package dev.gatehouse.persistence;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.testing.TestDatabase;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.time.Instant;
import java.util.TimeZone;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Instants are stored as UTC wall-clock times whatever the zones of the JVM and the connection. */
class TimeZoneIndependenceTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    /** 02:30 on this day does not exist in Berlin: a conversion through the JVM's zone would shift it. */
    private static final Instant IN_A_DST_GAP = Instant.parse("2025-03-30T02:30:00.123456Z");
    private static final Instant LATER = Instant.parse("2025-10-26T02:30:00.654321Z");

    private final TimeZone originalZone = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(originalZone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago"})
    void instantsRoundTripAndAreStoredInUtcWhateverTheJvmZone(String jvmZone) {
        TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
        assertRoundTripsAsUtc(DATABASE.database().jdbi());
    }

    @Test
    void instantsRoundTripAndAreStoredInUtcWhateverTheConnectionZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        TestDatabase database = DATABASE.database();
        String elsewhere = database.jdbcUrl().replace("connectionTimeZone=UTC", "connectionTimeZone=-09:30");
        assertThat(elsewhere).contains("connectionTimeZone=-09:30");

        assertRoundTripsAsUtc(Jdbi.create(elsewhere, database.user(), database.password())
                .installPlugin(new SqlObjectPlugin()));
    }

    private static void assertRoundTripsAsUtc(Jdbi jdbi) {
        User user = aUser().createdAt(IN_A_DST_GAP).lastLoginAt(LATER).build();
        SessionToken token = TestSessions.randomToken();
        Session session = aSession().of(user).withToken(token).createdAt(IN_A_DST_GAP).lastSeenAt(LATER)
                .absoluteExpiresAt(LATER.plusSeconds(3600)).build();
        new JdbiUsers(jdbi).add(user);
        new JdbiSessions(jdbi).add(session);

        User foundUser = new JdbiUsers(jdbi).findById(user.id()).orElseThrow();
        Session foundSession = new JdbiSessions(jdbi).findWithUserByTokenHash(token.hash()).orElseThrow().session();
        assertThat(foundUser.createdAt()).isEqualTo(IN_A_DST_GAP);
        assertThat(foundUser.lastLoginAt()).contains(LATER);
        assertThat(foundSession.createdAt()).isEqualTo(IN_A_DST_GAP);
        assertThat(foundSession.lastSeenAt()).isEqualTo(LATER);

        String stored = DATABASE.database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s.%f') FROM users WHERE id = :id")
                .bind("id", user.id().toString())
                .mapTo(String.class)
                .one());
        assertThat(stored).isEqualTo("2025-03-30 02:30:00.123456");
    }
}
