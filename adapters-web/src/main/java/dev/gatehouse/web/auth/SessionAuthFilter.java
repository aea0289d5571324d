package dev.gatehouse.web.auth;

import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.ProblemType;
import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates by {@code Authorization: Bearer <token>} or by the session cookie (a bearer header
 * wins, and a bad one is not rescued by a cookie), then demands the session's CSRF token on unsafe
 * requests that came with the cookie: a browser attaches cookies to cross-site requests, but an
 * attacker's page can neither read the cookie nor the CSRF token derived from it.
 */
@Priority(Priorities.AUTHENTICATION)
public final class SessionAuthFilter extends AuthFilter<PresentedToken, SignedInUser> {

    private static final String BEARER = "Bearer";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final SessionCookie cookie;
    private final CookieTokenRotation rotation;

    private SessionAuthFilter(SessionCookie cookie, CookieTokenRotation rotation) {
        this.cookie = cookie;
        this.rotation = rotation;
    }

    public static SessionAuthFilter create(AuthenticateSessionUseCase sessions, CookieTokenRotation rotation,
                                           SessionCookie cookie) {
        SessionAuthFilter filter = new SessionAuthFilter(cookie, rotation);
        filter.authenticator = presented -> sessions.authenticate(presented.token(), presented.origin())
                .map(authenticated -> new SignedInUser(authenticated, presented.source()));
        filter.authorizer = new RoleAuthorizer();
        filter.unauthorizedHandler = new ProblemUnauthorizedHandler();
        filter.prefix = BEARER;
        filter.realm = "gatehouse";
        return filter;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        PresentedToken presented = presentedToken(request)
                .orElseThrow(() -> unauthorizedHandler.buildException(prefix, realm));
        String scheme = presented.source() == CredentialSource.BEARER ? BEARER : SecurityContext.FORM_AUTH;
        if (!authenticate(request, presented, scheme)) {
            throw unauthorizedHandler.buildException(prefix, realm);
        }
        if (presented.source() == CredentialSource.COOKIE) {
            if (!SAFE_METHODS.contains(request.getMethod())) {
                requireCsrfToken(request, presented.token());
            }
            rotateIfDue(request);
        }
    }

    private void rotateIfDue(ContainerRequestContext request) {
        SecurityContext authenticated = request.getSecurityContext();
        SignedInUser user = (SignedInUser) authenticated.getUserPrincipal();
        Authenticated current = rotation.rotateIfDue(request, user.authenticated());
        if (current != user.authenticated()) {
            request.setSecurityContext(new RotatedSecurityContext(authenticated, new SignedInUser(current, user.source())));
        }
    }

    private Optional<PresentedToken> presentedToken(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            int space = authorization.indexOf(' ');
            if (space <= 0 || !authorization.substring(0, space).equalsIgnoreCase(BEARER)) {
                return Optional.empty();
            }
            return SessionToken.parse(authorization.substring(space + 1).strip())
                    .map(token -> new PresentedToken(token, CredentialSource.BEARER, RequestOrigins.of(request)));
        }
        return cookie.presentedBy(request)
                .map(token -> new PresentedToken(token, CredentialSource.COOKIE, RequestOrigins.of(request)));
    }

    private static void requireCsrfToken(ContainerRequestContext request, SessionToken token) {
        boolean valid = CsrfTokenReader.read(request).map(token::matchesCsrfToken).orElse(false);
        if (!valid) {
            throw new WebApplicationException(ProblemType.CSRF_TOKEN_INVALID
                    .response("Send the session's CSRF token in the X-CSRF-Token header or the csrf_token field")
                    .build());
        }
    }
}
