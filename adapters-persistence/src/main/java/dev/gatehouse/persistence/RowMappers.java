package dev.gatehouse.persistence;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;

/**
 * Reads this package's row records. Public only because JDBI instantiates the factories that
 * SqlObject annotations name; the rows themselves stay package-private.
 */
public final class RowMappers implements RowMapperFactory {

    private static final Map<Type, RowMapper<?>> MAPPERS = Map.of(
            UserRow.class, (resultSet, context) -> UserRow.read(resultSet, ""),
            SessionRow.class, (resultSet, context) -> SessionRow.read(resultSet),
            SessionWithUserRow.class, (resultSet, context) -> SessionWithUserRow.read(resultSet),
            IssuedCodeRow.class, (resultSet, context) -> IssuedCodeRow.read(resultSet),
            QueuedMailRow.class, (resultSet, context) -> QueuedMailRow.read(resultSet),
            AuditEventRow.class, (resultSet, context) -> AuditEventRow.read(resultSet),
            AttemptCounterRow.class, (resultSet, context) -> AttemptCounterRow.read(resultSet),
            EmailChangeRow.class, (resultSet, context) -> EmailChangeRow.read(resultSet),
            SessionRevocationRow.class, (resultSet, context) -> SessionRevocationRow.read(resultSet));

    @Override
    public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
        return Optional.ofNullable(MAPPERS.get(type));
    }
}
