package dev.gatehouse.persistence;

import java.sql.Types;
import java.time.LocalDateTime;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds a {@link LocalDateTime} as it is. JDBI's own binding goes through
 * {@code Timestamp.valueOf}, an instant in the JVM's zone that the driver then renders in the
 * connection's zone, so the stored wall-clock time would depend on both. Public only because
 * JDBI instantiates the factories that SqlObject annotations name.
 */
public final class LocalDateTimeArgumentFactory extends AbstractArgumentFactory<LocalDateTime> {

    public LocalDateTimeArgumentFactory() {
        super(Types.TIMESTAMP);
    }

    @Override
    protected Argument build(LocalDateTime value, ConfigRegistry config) {
        return (position, statement, context) -> statement.setObject(position, value);
    }
}
