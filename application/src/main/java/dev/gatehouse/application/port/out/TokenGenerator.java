package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.session.SessionToken;

/** Secrets from a cryptographically secure random source. */
public interface TokenGenerator {

    SessionToken newSessionToken();
}
