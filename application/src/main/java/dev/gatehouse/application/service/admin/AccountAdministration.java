package dev.gatehouse.application.service.admin;

import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.user.Administrators;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way an administrator's change to an account is applied, in one transaction: the account
 * read under its row lock (two changes at once queue up instead of one overwriting the other), the
 * change, the last-administrator rule, the write and the end of the account's sessions. Each service
 * records its own audit events after the commit, as what they say differs.
 */
final class AccountAdministration {

    private final Users users;
    private final TransactionRunner transactions;
    /** Present for changes to what the account may do; they also must leave an administrator. */
    private final Optional<Sessions> sessionsToEnd;

    private AccountAdministration(Users users, TransactionRunner transactions, Optional<Sessions> sessionsToEnd) {
        this.users = users;
        this.transactions = transactions;
        this.sessionsToEnd = sessionsToEnd;
    }

    /**
     * For changes that take rights away or change them (disable, roles): no change may leave the
     * service without an active administrator, and every session of the account ends, so that none
     * keeps the rights it had.
     */
    static AccountAdministration endingSessions(Users users, Sessions sessions, TransactionRunner transactions) {
        return new AccountAdministration(users, transactions, Optional.of(sessions));
    }

    /** For changes that only give access back (enable): nothing to guard, and a disabled account has no session. */
    static AccountAdministration restoringAccess(Users users, TransactionRunner transactions) {
        return new AccountAdministration(users, transactions, Optional.empty());
    }

    /**
     * @param change the account as it should be, from the account as locked; empty when it already is
     *               as asked, and then nothing is written
     * @throws UserNotFoundException for an unknown id
     */
    AccountChange change(UserId id, Function<User, Optional<User>> change) {
        return transactions.inTransaction(() -> {
            User before = users.findByIdForUpdate(id).orElseThrow(UserNotFoundException::new);
            Optional<User> changed = change.apply(before);
            if (changed.isEmpty()) {
                return AccountChange.none(before);
            }
            User after = changed.get();
            if (sessionsToEnd.isPresent()) {
                Administrators.ensureOneRemains(before, after, users.countActiveAdmins());
            }
            users.update(after);
            sessionsToEnd.ifPresent(sessions -> sessions.removeAllOf(after.id()));
            return new AccountChange(before, after);
        });
    }
}
