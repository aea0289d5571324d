package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A failing statement's exception, message and stack trace alike, never carries a value bound to it. */
class JdbiSettingsTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final String SECRET = "bound-secret-4f1c9a";

    interface BrokenDao {
        @SqlUpdate("INSERT INTO no_such_table (secret) VALUES (:secret)")
        void insert(@Bind("secret") String secret);
    }

    private static Jdbi freshJdbi() {
        return Jdbi.create(DATABASE.database().jdbcUrl(), DATABASE.database().user(), DATABASE.database().password())
                .installPlugin(new SqlObjectPlugin());
    }

    private static StatementException failingInsert(Jdbi jdbi) {
        return catchThrowableOfType(StatementException.class,
                () -> jdbi.useExtension(BrokenDao.class, dao -> dao.insert(SECRET)));
    }

    private static String printed(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return failure + "\n" + trace;
    }

    @Test
    void aFailedStatementNamesItsStatementButNotItsArguments() {
        StatementException failure = failingInsert(JdbiSettings.applyTo(freshJdbi()));

        assertThat(printed(failure)).doesNotContain(SECRET);
        assertThat(failure.getMessage())
                .contains("no_such_table")
                .contains("/* BrokenDao.insert */ INSERT INTO no_such_table (secret) VALUES (:secret)")
                .doesNotContain("arguments");
    }

    @Test
    void withoutTheSettingsJdbiWouldPrintTheBoundValue() {
        StatementException failure = failingInsert(freshJdbi());

        assertThat(failure.getMessage()).contains(SECRET);
    }

    @Test
    void aLongStatementIsCutShort() {
        String longColumnList = "x".repeat(JdbiSettings.STATEMENT_LENGTH_LIMIT * 2);
        Jdbi jdbi = JdbiSettings.applyTo(freshJdbi());

        StatementException failure = catchThrowableOfType(StatementException.class, () -> jdbi.useHandle(handle ->
                handle.createUpdate("INSERT INTO no_such_table (" + longColumnList + ") VALUES (:secret)")
                        .bind("secret", SECRET).execute()));

        assertThat(failure.getMessage()).endsWith("[...]\"]").doesNotContain(SECRET)
                .hasSizeLessThan(JdbiSettings.STATEMENT_LENGTH_LIMIT + 300);
    }
}
