package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.SessionToken;
import java.util.Optional;

/** The check every authenticated request makes; the product's hot path. */
public interface AuthenticateSessionUseCase {

    /** Empty for an unknown, expired or revoked token, or for a user who may no longer sign in. */
    Optional<Authenticated> authenticate(SessionToken token);
}
