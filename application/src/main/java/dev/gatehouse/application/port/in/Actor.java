package dev.gatehouse.application.port.in;

import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.User;
import java.util.Objects;

/** The signed-in account a request acts as, and where the request came from. */
public record Actor(User user, RequestOrigin origin) {

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(origin, "origin");
    }

    public AuditedAccount audited() {
        return AuditedAccount.of(user);
    }
}
