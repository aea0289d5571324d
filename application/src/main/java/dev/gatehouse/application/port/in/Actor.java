package dev.gatehouse.application.port.in;

import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.User;
import java.util.Objects;

/**
 * The signed-in account a request acts as, and where the request came from: what an action needs to
 * be checked and audited. Kept apart from the signed-in session ({@code session.Authenticated}) it is
 * taken from, since administration needs neither the token nor the session, only who asks.
 */
public record Actor(User user, RequestOrigin origin) {

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(origin, "origin");
    }

    public AuditedAccount audited() {
        return AuditedAccount.of(user);
    }
}
