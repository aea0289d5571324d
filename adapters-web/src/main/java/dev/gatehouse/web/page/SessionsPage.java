package dev.gatehouse.web.page;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.ListOwnSessionsUseCase;
import dev.gatehouse.application.port.in.session.RevokeOwnSessionUseCase;
import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.http.RequestOrigins;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/** The signed-in person's own sessions; ending the current one is signing out. */
@Path("/account/sessions")
@Produces(Pages.HTML)
@SignedInPage
public final class SessionsPage {

    static final String ALREADY_ENDED = "That session has already ended.";

    private final ListOwnSessionsUseCase listOwnSessions;
    private final RevokeOwnSessionUseCase revokeOwnSession;
    private final SessionCookie sessionCookie;
    private final Layouts layouts;

    SessionsPage(ListOwnSessionsUseCase listOwnSessions, RevokeOwnSessionUseCase revokeOwnSession,
                 SessionCookie sessionCookie, Layouts layouts) {
        this.listOwnSessions = listOwnSessions;
        this.revokeOwnSession = revokeOwnSession;
        this.sessionCookie = sessionCookie;
        this.layouts = layouts;
    }

    @GET
    public SessionsView list(@Context SecurityContext security) {
        return page(PageSecurityContext.signedIn(security).authenticated(), FormErrors.none());
    }

    @POST
    @Path("/{id}/revoke")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext security,
                           @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        Authenticated signedIn = PageSecurityContext.signedIn(security).authenticated();
        Optional<SessionId> session = parse(id);
        try {
            revokeOwnSession.revoke(RequestOrigins.actor(signedIn.user(), request), session.orElseThrow(SessionNotFoundException::new));
        } catch (SessionNotFoundException gone) {
            return new FormRefusal(404, FormErrors.general(ALREADY_ENDED), Optional.empty())
                    .answer(headers, errors -> page(signedIn, errors)).build();
        }
        if (session.get().equals(signedIn.session().id())) {
            return Htmx.redirect(headers, "/login").header(HttpHeaders.SET_COOKIE, sessionCookie.clear()).build();
        }
        return Htmx.redirect(headers, "/account/sessions").build();
    }

    private SessionsView page(Authenticated signedIn, FormErrors errors) {
        return new SessionsView(layouts.signedIn(signedIn),
                listOwnSessions.listOwnSessions(signedIn).stream()
                        .map(own -> SessionsView.Row.of(own, signedIn.user())).toList(),
                signedIn.token().csrfToken(), errors);
    }

    private static Optional<SessionId> parse(String id) {
        try {
            return Optional.of(SessionId.parse(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
