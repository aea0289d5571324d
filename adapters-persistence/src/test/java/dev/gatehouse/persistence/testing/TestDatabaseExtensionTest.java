package dev.gatehouse.persistence.testing;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.persistence.JdbiUsers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabaseExtension.class)
class TestDatabaseExtensionTest {

    private final TestDatabase database;

    TestDatabaseExtensionTest(TestDatabase database) {
        this.database = database;
    }

    @Test
    void givesTheClassItsOwnMigratedDatabase(TestDatabase asParameter) {
        assertThat(asParameter).isSameAs(database);
        assertThat(database.name()).startsWith("gh_testdatabaseextensiontest_");
        assertThat(database.jdbcUrl()).contains("/" + database.name() + "?");
        assertThat(rows("users")).isNotNegative();
    }

    @Test
    void emptiesEveryTableOnRequestButKeepsTheMigrationHistory() {
        new JdbiUsers(database.jdbi()).add(aUser().build());
        assertThat(rows("users")).isPositive();

        database.truncateAllTables();

        assertThat(rows("users")).isZero();
        assertThat(rows("user_roles")).isZero();
        assertThat(rows("DATABASECHANGELOG")).isPositive();
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheOuterClassDatabase(TestDatabase nested) {
            assertThat(nested).isSameAs(database);
        }
    }

    private long rows(String table) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class).one());
    }
}
