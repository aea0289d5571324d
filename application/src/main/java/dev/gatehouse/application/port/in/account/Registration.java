package dev.gatehouse.application.port.in.account;

import dev.gatehouse.domain.user.RegistrationToken;
import dev.gatehouse.domain.user.User;
import java.util.Objects;

/** What a registration answers, by the service's setting for unproven addresses. */
public sealed interface Registration {

    /**
     * The address must be proven first: a code is on its way (or, for an address that has an
     * account, a notice to its owner). The token is handed out either way, so the answer says
     * nothing about the address; only for a new registration does it bind to anything.
     */
    record AwaitingProof(RegistrationToken token) implements Registration {
        public AwaitingProof {
            Objects.requireNonNull(token, "token");
        }
    }

    /** Unproven addresses may sign in: the account is open at once. */
    record Created(User user) implements Registration {
        public Created {
            Objects.requireNonNull(user, "user");
        }
    }
}
