package dev.gatehouse.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterRowMapperFactory;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

// Rows are package-private, out of JDBI's reach: the default methods bind their fields one by one.
@RegisterArgumentFactory(LocalDateTimeArgumentFactory.class)
@RegisterRowMapperFactory(RowMappers.class)
interface UserDao {

    /** A user and its roles in one statement; the roles subquery reads the primary key of user_roles. */
    String SELECT_USER = """
            SELECT u.id, u.email, u.password_hash, u.status, u.created_at, u.last_login_at, u.timezone,
                   u.email_verified, u.password_unproven, u.registration_token_hash,
                   (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ',')
                      FROM user_roles r WHERE r.user_id = u.id) AS roles
              FROM users u
            """;

    @SqlQuery(SELECT_USER + " WHERE u.id = :id")
    Optional<UserRow> findById(@Bind("id") String id);

    /** Locks the user's row, not its roles: every writer of an account locks or updates this row first. */
    @SqlQuery(SELECT_USER + " WHERE u.id = :id FOR UPDATE")
    Optional<UserRow> findByIdForUpdate(@Bind("id") String id);

    @SqlQuery(SELECT_USER + " WHERE u.email = :email")
    Optional<UserRow> findByEmail(@Bind("email") String email);

    /** {@code pattern} is null for every user, else a LIKE pattern whose escape character is {@code !}. */
    @SqlQuery(SELECT_USER + """
             WHERE (:pattern IS NULL OR u.email LIKE :pattern ESCAPE '!')
             ORDER BY u.email
             LIMIT :limit OFFSET :offset
            """)
    List<UserRow> list(@Bind("pattern") String pattern, @Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM users u WHERE (:pattern IS NULL OR u.email LIKE :pattern ESCAPE '!')")
    int count(@Bind("pattern") String pattern);

    /** A locking read inside a transaction: see {@link dev.gatehouse.application.port.out.Users#countActiveAdmins}. */
    @SqlQuery("""
            SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id
             WHERE r.role = :role AND u.status = :status
               FOR UPDATE
            """)
    int countWithRoleAndStatus(@Bind("role") String role, @Bind("status") String status);

    @Transaction
    default void insert(UserRow user) {
        insertUser(user.id(), user.email(), user.passwordHash(), user.status(), user.createdAt(), user.lastLoginAt(),
                user.timezone(), user.emailVerified(), user.passwordUnproven(), user.registrationTokenHash());
        insertRoles(user.id(), user.roles());
    }

    /** @return whether the user exists */
    @Transaction
    default boolean update(UserRow user) {
        // The driver counts matched rows by default, but a connection set to count changed rows would
        // report 0 for an unchanged user: only then is the extra lookup needed.
        int matched = updateUser(user.id(), user.passwordHash(), user.status(), user.lastLoginAt(), user.timezone(),
                user.emailVerified(), user.passwordUnproven(), user.registrationTokenHash());
        if (matched == 0 && findById(user.id()).isEmpty()) {
            return false;
        }
        deleteRoles(user.id());
        insertRoles(user.id(), user.roles());
        return true;
    }

    @SqlUpdate("""
            INSERT INTO users (id, email, password_hash, status, created_at, last_login_at, timezone,
                               email_verified, password_unproven, registration_token_hash)
            VALUES (:id, :email, :passwordHash, :status, :createdAt, :lastLoginAt, :timezone,
                    :emailVerified, :passwordUnproven, :registration)
            """)
    void insertUser(@Bind("id") String id, @Bind("email") String email, @Bind("passwordHash") String passwordHash,
                    @Bind("status") String status, @Bind("createdAt") LocalDateTime createdAt,
                    @Bind("lastLoginAt") LocalDateTime lastLoginAt, @Bind("timezone") String timezone,
                    @Bind("emailVerified") boolean emailVerified, @Bind("passwordUnproven") boolean passwordUnproven,
                    @Bind("registration") String registration);

    /**
     * A change of address, which the code mailed to the new address proved; the unique index on the
     * address decides between accounts moving to one at once.
     */
    @SqlUpdate("""
            UPDATE users
               SET email = :email, email_verified = :emailVerified, password_unproven = :passwordUnproven,
                   registration_token_hash = :registration
             WHERE id = :id
            """)
    int updateEmail(@Bind("id") String id, @Bind("email") String email, @Bind("emailVerified") boolean emailVerified,
                    @Bind("passwordUnproven") boolean passwordUnproven, @Bind("registration") String registration);

    /** Every column that may change but the address (see {@link #updateEmail}); the id and creation time never do. */
    @SqlUpdate("""
            UPDATE users
               SET password_hash = :passwordHash, status = :status, last_login_at = :lastLoginAt, timezone = :timezone,
                   email_verified = :emailVerified, password_unproven = :passwordUnproven,
                   registration_token_hash = :registration
             WHERE id = :id
            """)
    int updateUser(@Bind("id") String id, @Bind("passwordHash") String passwordHash, @Bind("status") String status,
                   @Bind("lastLoginAt") LocalDateTime lastLoginAt, @Bind("timezone") String timezone,
                   @Bind("emailVerified") boolean emailVerified, @Bind("passwordUnproven") boolean passwordUnproven,
                   @Bind("registration") String registration);

    /**
     * A sign-in's write: only if status, password hash and registration binding are still what the
     * sign-in was decided on ({@code <=>} because either may be absent). A registration replaces the
     * hash and the binding together, so a proof judged against an older binding cannot keep a newer
     * password. The driver counts matched rows, so an unchanged row still answers 1.
     */
    @SqlUpdate("""
            UPDATE users
               SET password_hash = :passwordHash, status = :status, last_login_at = :lastLoginAt, timezone = :timezone,
                   email_verified = :emailVerified, password_unproven = :passwordUnproven,
                   registration_token_hash = :registration
             WHERE id = :id AND status = :readStatus AND password_hash <=> :readPasswordHash
               AND registration_token_hash <=> :readRegistration
            """)
    int updateIfUnchanged(@Bind("id") String id, @Bind("passwordHash") String passwordHash, @Bind("status") String status,
                          @Bind("lastLoginAt") LocalDateTime lastLoginAt, @Bind("timezone") String timezone,
                          @Bind("emailVerified") boolean emailVerified, @Bind("passwordUnproven") boolean passwordUnproven,
                          @Bind("registration") String registration,
                          @Bind("readStatus") String readStatus, @Bind("readPasswordHash") String readPasswordHash,
                          @Bind("readRegistration") String readRegistration);

    /** One conditional statement: of parallel claims within the interval exactly one matches. */
    @SqlUpdate("""
            UPDATE users SET registration_notice_at = :now
             WHERE id = :id AND (registration_notice_at IS NULL OR registration_notice_at <= :cutoff)
            """)
    int claimRegistrationNotice(@Bind("id") String id, @Bind("now") LocalDateTime now,
                                @Bind("cutoff") LocalDateTime cutoff);

    /** Reads ix_users_status_created_at; the foreign keys take roles, sessions, codes and failures along. */
    @SqlUpdate("DELETE FROM users WHERE status = :status AND created_at < :cutoff")
    int deleteWithStatusCreatedBefore(@Bind("status") String status, @Bind("cutoff") LocalDateTime cutoff);

    /** The foreign keys take roles, sessions (and their data), codes and code failures along. */
    @SqlUpdate("DELETE FROM users WHERE id = :id")
    int delete(@Bind("id") String id);

    @SqlUpdate("DELETE FROM user_roles WHERE user_id = :userId")
    void deleteRoles(@Bind("userId") String userId);

    @SqlBatch("INSERT INTO user_roles (user_id, role) VALUES (:userId, :role)")
    void insertRoles(@Bind("userId") String userId, @Bind("role") List<String> roles);
}
