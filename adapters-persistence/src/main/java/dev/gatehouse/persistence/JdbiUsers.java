package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * {@link Users} in the {@code users} and {@code user_roles} tables. Each method joins the
 * transaction of a surrounding {@link JdbiTransactionRunner} on the same thread.
 */
public final class JdbiUsers implements Users {

    /** MySQL's and MariaDB's ER_DUP_ENTRY, SQLState 23000. */
    private static final int DUPLICATE_ENTRY = 1062;
    private static final String EMAIL_INDEX = "ux_users_email";

    private final Jdbi jdbi;

    public JdbiUsers(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(User user) {
        UserRow row = UserMapper.toRow(user);
        try {
            jdbi.useExtension(UserDao.class, dao -> dao.insert(row));
        } catch (JdbiException e) {
            // The unique index decides, also between two registrations racing past the service's check.
            if (violatesEmailIndex(e)) {
                throw new EmailAlreadyRegisteredException();
            }
            throw e;
        }
    }

    @Override
    public void update(User user) {
        UserRow row = UserMapper.toRow(user);
        if (!jdbi.withExtension(UserDao.class, dao -> dao.update(row))) {
            throw new IllegalStateException("update of a user that is not stored: " + user.id());
        }
    }

    @Override
    public void updateEmail(User user) {
        int updated;
        try {
            UserRow row = UserMapper.toRow(user);
            updated = jdbi.withExtension(UserDao.class, dao -> dao.updateEmail(row.id(), row.email(), row.emailVerified(),
                    row.passwordUnproven(), row.registrationTokenHash()));
        } catch (JdbiException e) {
            if (violatesEmailIndex(e)) {
                throw new EmailAlreadyRegisteredException();
            }
            throw e;
        }
        if (updated != 1) {
            throw new IllegalStateException("update of a user that is not stored: " + user.id());
        }
    }

    /** One conditional statement; its row count decides. Roles are not the sign-in's to write. */
    @Override
    public boolean recordSignIn(User before, User after) {
        UserRow read = UserMapper.toRow(before);
        UserRow signedIn = UserMapper.toRow(after);
        return jdbi.withExtension(UserDao.class, dao -> dao.updateIfUnchanged(signedIn.id(), signedIn.passwordHash(),
                signedIn.status(), signedIn.lastLoginAt(), signedIn.timezone(), signedIn.emailVerified(),
                signedIn.passwordUnproven(), signedIn.registrationTokenHash(), read.status(), read.passwordHash(),
                read.registrationTokenHash())) == 1;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return jdbi.withExtension(UserDao.class, dao -> dao.findById(id.toString())).map(UserMapper::toDomain);
    }

    @Override
    public Optional<User> findByIdForUpdate(UserId id) {
        return jdbi.withExtension(UserDao.class, dao -> dao.findByIdForUpdate(id.toString())).map(UserMapper::toDomain);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return jdbi.withExtension(UserDao.class, dao -> dao.findByEmail(email.value())).map(UserMapper::toDomain);
    }

    @Override
    public List<User> list(int offset, int limit, Optional<String> emailContains) {
        String pattern = likePattern(emailContains);
        return jdbi.withExtension(UserDao.class, dao -> dao.list(pattern, offset, limit)).stream()
                .map(UserMapper::toDomain).toList();
    }

    @Override
    public int count(Optional<String> emailContains) {
        String pattern = likePattern(emailContains);
        return jdbi.withExtension(UserDao.class, dao -> dao.count(pattern));
    }

    @Override
    public int countActiveAdmins() {
        return jdbi.withExtension(UserDao.class,
                dao -> dao.countWithRoleAndStatus(Role.ADMIN.id(), AccountStatus.ACTIVE.id()));
    }

    /** A substring as a LIKE pattern with {@code !} as the escape character, so % and _ match themselves. */
    static String likePattern(Optional<String> substring) {
        return substring.map(text -> "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                .orElse(null);
    }

    @Override
    public boolean remove(UserId id) {
        return jdbi.withExtension(UserDao.class, dao -> dao.delete(id.toString())) == 1;
    }

    @Override
    public boolean claimRegistrationNotice(UserId id, Instant now, Duration interval) {
        return jdbi.withExtension(UserDao.class, dao -> dao.claimRegistrationNotice(id.toString(),
                UtcDateTimes.toColumn(now), UtcDateTimes.toColumn(now.minus(interval)))) == 1;
    }

    @Override
    public int removePendingCreatedBefore(Instant cutoff) {
        return jdbi.withExtension(UserDao.class,
                dao -> dao.deleteWithStatusCreatedBefore(AccountStatus.PENDING.id(), UtcDateTimes.toColumn(cutoff)));
    }

    private static boolean violatesEmailIndex(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // MySQL names the key "users.ux_users_email", MariaDB "ux_users_email".
            if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY
                    && String.valueOf(sql.getMessage()).endsWith(EMAIL_INDEX + "'")) {
                return true;
            }
        }
        return false;
    }
}
