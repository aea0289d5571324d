package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NamedStatementTemplateEngineTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.emptySchema();

    interface NumbersDao {
        @SqlQuery("SELECT COUNT(*) FROM (SELECT 1 AS n UNION SELECT 2 UNION SELECT 3) numbers WHERE n IN (<wanted>)")
        int countAmong(@BindList("wanted") List<Integer> wanted);
    }

    private final Jdbi jdbi = DATABASE.database().jdbi();
    private final List<String> executed = new CopyOnWriteArrayList<>();
    private final AtomicInteger parses = new AtomicInteger();

    @BeforeEach
    void recordExecutedSql() {
        TemplateEngine.Parsing counting = new TemplateEngine.Parsing() {
            private final DefinedAttributeTemplateEngine defaults = new DefinedAttributeTemplateEngine();

            @Override
            public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
                parses.incrementAndGet();
                return defaults.parse(template, config);
            }
        };
        jdbi.getConfig(SqlStatements.class)
                .setTemplateEngine(new NamedStatementTemplateEngine(counting))
                .setSqlLogger(new SqlLogger() {
                    @Override
                    public void logAfterExecution(StatementContext context) {
                        executed.add(context.getRenderedSql());
                    }

                    @Override
                    public void logException(StatementContext context, SQLException ex) {
                        executed.add(context.getRenderedSql());
                    }
                });
    }

    @Test
    void namesTheSqlObjectMethodInACommentBeforeTheStatement() {
        jdbi.withExtension(NumbersDao.class, dao -> dao.countAmong(List.of(1)));

        assertThat(executed).singleElement().asString()
                .startsWith("/* NumbersDao.countAmong */ SELECT COUNT(*) FROM");
    }

    @Test
    void stillExpandsListAttributes() {
        int count = jdbi.withExtension(NumbersDao.class, dao -> dao.countAmong(List.of(2, 3, 4)));

        assertThat(count).isEqualTo(2);
        assertThat(executed).singleElement().asString().contains("WHERE n IN (:__wanted_0,:__wanted_1,:__wanted_2)");
    }

    @Test
    void parsesEachTemplateOnceHoweverOftenItRuns() {
        for (int i = 0; i < 5; i++) {
            jdbi.withExtension(NumbersDao.class, dao -> dao.countAmong(List.of(1, 2)));
        }

        assertThat(executed).hasSize(5);
        assertThat(parses).hasValue(1);
    }

    @Test
    void leavesStatementsOutsideSqlObjectsUnnamed() {
        jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());

        assertThat(executed).singleElement().isEqualTo("SELECT 1");
    }
}
