package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.util.Optional;

/** The check every authenticated request makes; the product's hot path. */
public interface AuthenticateSessionUseCase {

    /**
     * Empty for an unknown, expired or revoked token, or for a user who may no longer sign in. A
     * remember-me token that was replaced more than the grace ago is taken for a stolen copy: the
     * session it belonged to ends, for its owner too, and the audit trail records where it came from.
     */
    Optional<Authenticated> authenticate(SessionToken token, RequestOrigin origin);
}
