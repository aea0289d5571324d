package dev.gatehouse.web.auth;

import dev.gatehouse.domain.session.SessionToken;

/** A session token as a request presented it. */
public record PresentedToken(SessionToken token, CredentialSource source) {
}
