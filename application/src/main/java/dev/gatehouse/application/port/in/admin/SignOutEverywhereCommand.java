package dev.gatehouse.application.port.in.admin;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose sessions to end, named by id or by address (exactly one), and who asks: a signed-in
 * administrator, or nobody for an operator on the server.
 */
public record SignOutEverywhereCommand(Optional<UserId> id, Optional<EmailAddress> email, Optional<Actor> by) {

    public SignOutEverywhereCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(by, "by");
        if (id.isPresent() == email.isPresent()) {
            throw new IllegalArgumentException("name the account by id or by address, not both or neither");
        }
    }

    public static SignOutEverywhereCommand byAdministrator(UserId user, Actor admin) {
        return new SignOutEverywhereCommand(Optional.of(user), Optional.empty(), Optional.of(admin));
    }

    public static SignOutEverywhereCommand byOperator(UserId user) {
        return new SignOutEverywhereCommand(Optional.of(user), Optional.empty(), Optional.empty());
    }

    public static SignOutEverywhereCommand byOperator(EmailAddress email) {
        return new SignOutEverywhereCommand(Optional.empty(), Optional.of(email), Optional.empty());
    }
}
