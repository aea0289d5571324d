package dev.gatehouse.persistence;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapperFactory;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The statement of the session check, which runs on every authenticated request, apart from
 * {@link SessionDao}: JDBI prepares a handler for every method of a SQL object each time one is
 * attached, so a one-method object costs a fraction of an eleven-method one (8 % of a session
 * check's CPU went there, see docs/benchmarks.md).
 */
@RegisterRowMapperFactory(RowMappers.class)
interface SessionCheckDao {

    /** A session and its user: the user by its primary key, its roles by the primary key of user_roles. */
    String SELECT_WITH_USER = "SELECT " + SessionDao.SESSION_COLUMNS + """
            ,
                   u.email AS user_email, u.password_hash AS user_password_hash, u.status AS user_status,
                   u.created_at AS user_created_at, u.last_login_at AS user_last_login_at, u.timezone AS user_timezone,
                   u.email_verified AS user_email_verified, u.password_unproven AS user_password_unproven,
                   u.registration_token_hash AS user_registration_token_hash,
                   (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',')
                      FROM user_roles r WHERE r.user_id = u.id) AS user_roles
              FROM sessions s
              JOIN users u ON u.id = s.user_id
            """;

    /** Runs on every authenticated request: one statement, by the unique token hash index. */
    @SqlQuery(SELECT_WITH_USER + " WHERE s.token_hash = :tokenHash")
    Optional<SessionWithUserRow> findWithUserByTokenHash(@Bind("tokenHash") String tokenHash);
}
