package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Every account, by id and by normalised e-mail address. */
public interface Users {

    /** @throws dev.gatehouse.domain.user.EmailAlreadyRegisteredException when the address is taken, races included */
    void add(User user);

    /** Stores the account's changed state: roles, activity, last sign-in, time zone, password hash. */
    void update(User user);

    Optional<User> findById(UserId id);

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

    /** Deletes pending accounts created before {@code cutoff}, with everything that hangs on them. @return how many */
    int removePendingCreatedBefore(java.time.Instant cutoff);
}
