package dev.gatehouse.persistence;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionMethod;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * Starts each statement of a SQL object with a comment naming its method, such as
 * {@code /* SessionDao.findWithUserByTokenHash *&#47;}, so that the database's process list and slow
 * log tell where a statement came from, as Dropwizard's {@code NamePrependingTemplateEngine} does;
 * but unlike that one it lets JDBI cache the parsed template. Dropwizard's engine only renders, so
 * JDBI lexed every statement's text again (with ANTLR) on every execution, about 1% of the request
 * threads' CPU in a session-check profile (see docs/benchmarks.md).
 */
public final class NamedStatementTemplateEngine implements TemplateEngine.Parsing {

    private final TemplateEngine.Parsing templates;

    /** Over JDBI's default engine, which expands {@code <name>} attributes such as {@code @BindList}. */
    public NamedStatementTemplateEngine() {
        this(new DefinedAttributeTemplateEngine());
    }

    NamedStatementTemplateEngine(TemplateEngine.Parsing templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    @Override
    public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
        return templates.parse(template, config).map(render -> context -> named(render.apply(context), context));
    }

    private static String named(String sql, StatementContext context) {
        ExtensionMethod method = context.getExtensionMethod();
        if (method == null) {
            return sql;
        }
        return "/* " + method.getType().getSimpleName() + "." + method.getMethod().getName() + " */ " + sql;
    }
}
