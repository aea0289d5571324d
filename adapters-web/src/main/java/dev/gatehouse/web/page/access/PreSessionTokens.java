package dev.gatehouse.web.page.access;

import dev.gatehouse.application.port.in.session.IssuePreSessionTokenUseCase;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.web.auth.PreSessionCookie;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/** The pre-session token behind a form shown before sign-in: the browser's own, or a new one with its cookie. */
public final class PreSessionTokens {

    /** The token a form is made for, and the {@code Set-Cookie} to send when the browser does not hold it yet. */
    public record ForForm(SessionToken token, Optional<String> setCookie) {

        public String csrfToken() {
            return token.csrfToken();
        }

        public Response.ResponseBuilder handOver(Response.ResponseBuilder response) {
            setCookie.ifPresent(header -> response.header(HttpHeaders.SET_COOKIE, header));
            return response;
        }
    }

    private final IssuePreSessionTokenUseCase issue;
    private final PreSessionCookie cookie;

    public PreSessionTokens(IssuePreSessionTokenUseCase issue, PreSessionCookie cookie) {
        this.issue = issue;
        this.cookie = cookie;
    }

    public ForForm forForm(Map<String, Cookie> cookies) {
        return cookie.read(cookies)
                .map(held -> new ForForm(held, Optional.empty()))
                .orElseGet(() -> {
                    SessionToken issued = issue.issuePreSessionToken();
                    return new ForForm(issued, Optional.of(cookie.issue(issued)));
                });
    }
}
