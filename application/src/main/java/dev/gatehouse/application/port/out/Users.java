package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every account, by id and by normalised e-mail address. */
public interface Users {

    /** @throws dev.gatehouse.domain.user.EmailAlreadyRegisteredException when the address is taken, races included */
    void add(User user);

    /**
     * Stores the account's changed state: roles, activity, last sign-in, time zone, password hash.
     * Only for a {@code user} read with {@link #findByIdForUpdate} in the same transaction: a write
     * from an older read would undo whatever was committed since.
     */
    void update(User user);

    /**
     * Stores the account's new address, under the same rule as {@link #update}.
     *
     * @throws dev.gatehouse.domain.user.EmailAlreadyRegisteredException when another account has the address, races included
     */
    void updateEmail(User user);

    /**
     * Records a sign-in that was decided on {@code before} (read before the slow password check):
     * stores {@code after}'s last sign-in time, status, time zone and password hash (a rehash, an
     * activation), but only if the account's status and password hash are still those of
     * {@code before}. Whatever was committed in between (a disable, a reset, a password change)
     * wins, and the sign-in must not go on. Inside a transaction the row stays locked to its end,
     * so the session the caller adds in it cannot outlive a disable that follows.
     *
     * @return whether the account was still as read, and the sign-in recorded
     */
    boolean recordSignIn(User before, User after);

    Optional<User> findById(UserId id);

    /**
     * Inside a transaction: the account as committed now, locked until the transaction ends, so a
     * read-modify-write of it cannot interleave with another ({@code SELECT ... FOR UPDATE}).
     */
    Optional<User> findByIdForUpdate(UserId id);

    Optional<User> findByEmail(EmailAddress email);

    /**
     * A page of accounts ordered by address. {@code emailContains} is a literal substring of the
     * stored (normalised, lower-case) address: {@code %} and {@code _} are not wildcards.
     */
    List<User> list(int offset, int limit, Optional<String> emailContains);

    /** How many accounts {@link #list} would page through. */
    int count(Optional<String> emailContains);

    /**
     * How many accounts are active and hold the admin role. Inside a transaction this is a locking
     * read, so two transactions that each demote or disable a different admin cannot both see the
     * other one as the remaining admin.
     */
    int countActiveAdmins();

    /**
     * Deletes the account with everything that hangs on it: roles, sessions and their data, codes,
     * code failures. @return whether there was such an account
     */
    boolean remove(UserId id);

    /**
     * Claims the right to tell the account's owner that someone tried to register its address: at
     * most once per {@code interval}, decided by one conditional statement, so a burst of
     * registrations mails the owner once.
     *
     * @return whether this caller claimed it (and should send the notice)
     */
    boolean claimRegistrationNotice(UserId id, Instant now, java.time.Duration interval);

    /** Deletes pending accounts created before {@code cutoff}, with everything that hangs on them. @return how many */
    int removePendingCreatedBefore(Instant cutoff);
}
