package dev.gatehouse.web.auth;

import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.shared.RequestOrigin;

/** A session token as a request presented it, and where the request came from. */
public record PresentedToken(SessionToken token, CredentialSource source, RequestOrigin origin) {
}
