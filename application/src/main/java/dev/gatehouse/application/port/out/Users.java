package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.Optional;

/** Every account, by id and by normalised e-mail address. */
public interface Users {

    /** @throws dev.gatehouse.domain.user.EmailAlreadyRegisteredException when the address is taken, races included */
    void add(User user);

    /** Stores the account's changed state: roles, activity, last sign-in, time zone, password hash. */
    void update(User user);

    Optional<User> findById(UserId id);

    Optional<User> findByEmail(EmailAddress email);

    /** Deletes pending accounts created before {@code cutoff}, with everything that hangs on them. @return how many */
    int removePendingCreatedBefore(java.time.Instant cutoff);
}
