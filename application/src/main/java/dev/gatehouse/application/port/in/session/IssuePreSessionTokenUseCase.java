package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.SessionToken;

/**
 * A secret for a browser that has not signed in yet, so that its sign-in and registration forms can
 * carry a CSRF token too (against login CSRF). It has the shape of a session token and its CSRF token
 * is derived the same one-way, so checking one needs no storage and no signing key; but it is never
 * stored and authenticates nothing.
 */
public interface IssuePreSessionTokenUseCase {

    SessionToken issuePreSessionToken();
}
