package dev.gatehouse.web.auth;

import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.web.http.RequestOrigins;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who a request is, for the JSON API and the pages alike: the session its token opens, the CSRF
 * check for a token that came in the cookie, and the rotation of a token that is due. The two faces
 * differ only in where they accept the token from and in how they answer a refusal
 * ({@link SessionAuthFilter} with problem documents, the page filter with redirects and pages).
 *
 * <p>A browser attaches cookies to cross-site requests, but an attacker's page can read neither the
 * cookie nor the CSRF token derived from it; so an unsafe request that came with the cookie must
 * carry that token. A bearer token is never sent by a browser on its own and needs no such check.
 */
public final class SessionAuthentication {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "Bearer";

    /** What the token a request presented amounts to. */
    public sealed interface Verdict {
    }

    /** No token, or none that opens a live session. */
    public record NoSession() implements Verdict {
    }

    /** A session, but the unsafe request that came with its cookie lacks the session's CSRF token. */
    public record MissingCsrfToken(Authenticated session) implements Verdict {
    }

    /** A session, and everything the request needs to be let in with it. */
    public record Accepted(Authenticated session, CredentialSource source) implements Verdict {
    }

    private final AuthenticateSessionUseCase sessions;
    private final CookieTokenRotation rotation;
    private final SessionCookie cookie;

    public SessionAuthentication(AuthenticateSessionUseCase sessions, CookieTokenRotation rotation,
                                 SessionCookie cookie) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.rotation = Objects.requireNonNull(rotation, "rotation");
        this.cookie = Objects.requireNonNull(cookie, "cookie");
    }

    /**
     * The token of {@code Authorization: Bearer <token>}, else of the session cookie: a bearer header
     * wins, and a malformed one is not rescued by a cookie.
     */
    public Optional<PresentedToken> bearerOrCookie(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return cookie(request);
        }
        int space = authorization.indexOf(' ');
        if (space <= 0 || !authorization.substring(0, space).equalsIgnoreCase(BEARER)) {
            return Optional.empty();
        }
        return SessionToken.parse(authorization.substring(space + 1).strip())
                .map(token -> new PresentedToken(token, CredentialSource.BEARER, RequestOrigins.of(request)));
    }

    /** The token of the session cookie only: pages are for browsers, and a bearer token needs no page. */
    public Optional<PresentedToken> cookie(ContainerRequestContext request) {
        return cookie.presentedBy(request)
                .map(token -> new PresentedToken(token, CredentialSource.COOKIE, RequestOrigins.of(request)));
    }

    /** The session the token opens, and whether the request may act in it. */
    public Verdict check(ContainerRequestContext request, Optional<PresentedToken> presented) {
        if (presented.isEmpty()) {
            return new NoSession();
        }
        PresentedToken token = presented.get();
        Optional<Authenticated> session = sessions.authenticate(token.token(), token.origin());
        if (session.isEmpty()) {
            return new NoSession();
        }
        if (token.source() == CredentialSource.COOKIE && !SAFE_METHODS.contains(request.getMethod())
                && !CsrfCheck.carriesCsrfTokenOf(request, token.token())) {
            return new MissingCsrfToken(session.get());
        }
        return new Accepted(session.get(), token.source());
    }

    /**
     * Lets the request in as the accepted session's person: a cookie's token is rotated first if it
     * is due (see {@link CookieTokenRotation}), then the request's security context names them.
     */
    public SignedInUser admit(ContainerRequestContext request, Accepted accepted) {
        Authenticated current = accepted.source() == CredentialSource.COOKIE
                ? rotation.rotateIfDue(request, accepted.session())
                : accepted.session();
        SignedInUser user = new SignedInUser(current, accepted.source());
        request.setSecurityContext(new SignedInSecurityContext(user, request.getSecurityContext().isSecure()));
        return user;
    }
}
