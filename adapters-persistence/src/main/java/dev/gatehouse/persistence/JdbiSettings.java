package dev.gatehouse.persistence;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * What every Gatehouse {@link Jdbi} is set up with, the server's and the commands' alike, so no
 * caller can forget a part of it.
 *
 * <p>Every transaction, the repositories' own included, is run again after a deadlock or a lock
 * wait timeout ({@link RetryingTransactionHandler}).
 *
 * <p>A failing statement's exception names the statement but never the values bound to it. JDBI's
 * default message appends every argument; Gatehouse binds hashes and sealed values rather than
 * secrets, but what reaches a log or a stack trace must not depend on every statement getting that
 * right.
 */
public final class JdbiSettings {

    /** Enough of a statement to recognise it; the named comment at its start says where it came from. */
    static final int STATEMENT_LENGTH_LIMIT = 512;

    private JdbiSettings() {
    }

    /** @return {@code jdbi}, set up */
    public static Jdbi applyTo(Jdbi jdbi) {
        // Replaces Dropwizard's statement-naming engine, which defeats JDBI's template cache.
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(new NamedStatementTemplateEngine());
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(JdbiSettings::withoutArguments);
        RetryingTransactionHandler.installOn(jdbi);
        return jdbi;
    }

    /**
     * JDBI's short rendering less the arguments: the driver's message and the statement as sent, whose
     * values are all placeholders ({@code :code}), never the bound values.
     */
    static String withoutArguments(StatementException failure) {
        StatementContext context = failure.getStatementContext();
        String statement = context == null ? null : context.getRenderedSql();
        if (statement == null) {
            return failure.getShortMessage();
        }
        String shown = statement.length() > STATEMENT_LENGTH_LIMIT
                ? statement.substring(0, STATEMENT_LENGTH_LIMIT) + "[...]"
                : statement;
        return failure.getShortMessage() + " [statement:\"" + shown + "\"]";
    }
}
