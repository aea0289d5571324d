package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.RegistrationToken;

/** Secrets from a cryptographically secure random source. */
public interface TokenGenerator {

    SessionToken newSessionToken();

    RegistrationToken newRegistrationToken();
}
