package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.ListOwnSessionsUseCase;
import dev.gatehouse.application.port.in.session.RevokeOwnSessionUseCase;
import dev.gatehouse.application.port.in.session.SessionNotFoundException;
import dev.gatehouse.application.port.in.session.SignOutEverywhereElseUseCase;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.page.Confirmation;
import dev.gatehouse.web.page.FormRefusal;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.LocalPath;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.SignedInPage;
import dev.gatehouse.web.page.view.ConfirmView;
import dev.gatehouse.web.page.view.Flash;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.page.view.SessionsView;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The signed-in person's own sessions; ending the current one is signing out. */
@Path("/account/sessions")
@Produces(PageResource.HTML)
@SignedInPage
public final class SessionsPage {

    public static final String ALREADY_ENDED = "That session has already ended.";
    private static final LocalPath LIST = new LocalPath("/account/sessions");

    private final ListOwnSessionsUseCase listOwnSessions;
    private final RevokeOwnSessionUseCase revokeOwnSession;
    private final SignOutEverywhereElseUseCase signOutEverywhereElse;
    private final SessionCookie sessionCookie;
    private final Layouts layouts;
    private final Duration idleTimeout;
    private final Clock clock;

    public SessionsPage(ListOwnSessionsUseCase listOwnSessions, RevokeOwnSessionUseCase revokeOwnSession,
                 SignOutEverywhereElseUseCase signOutEverywhereElse, SessionCookie sessionCookie, Layouts layouts,
                 Duration idleTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
        this.listOwnSessions = listOwnSessions;
        this.revokeOwnSession = revokeOwnSession;
        this.signOutEverywhereElse = signOutEverywhereElse;
        this.sessionCookie = sessionCookie;
        this.layouts = layouts;
    }

    @GET
    public SessionsView list(@Context SecurityContext security) {
        return page(SignedInSecurityContext.signedIn(security).authenticated(), FormErrors.none());
    }

    @POST
    @Path("/revoke-others")
    public Response revokeOthers(@Context SecurityContext security, @Context HttpHeaders headers,
                                 @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        if (!Confirmation.given(request)) {
            long others = rows(signedIn).stream().filter(row -> !row.current()).count();
            return Confirmation.ask(headers, new ConfirmView(layouts.signedIn(signedIn), "Sign out everywhere else",
                    SessionsView.everywhereElseQuestion(others), "/account/sessions/revoke-others",
                    List.of(new ConfirmView.Field("csrf_token", signedIn.token().csrfToken())),
                    "Sign out everywhere else", LIST.value()));
        }
        signOutEverywhereElse.signOutEverywhereElse(signedIn, RequestOrigins.of(request));
        return Htmx.redirect(headers, LIST.done(Flash.SIGNED_OUT_ELSEWHERE)).build();
    }

    @POST
    @Path("/{id}/revoke")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext security,
                           @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        Optional<SessionId> session = parse(id);
        boolean own = session.filter(signedIn.session().id()::equals).isPresent();
        if (!own && !Confirmation.given(request)) {
            // Signing out here needs no second step; ending another browser's session names it first.
            Optional<SessionsView.Row> listed = session.flatMap(wanted -> rows(signedIn).stream()
                    .filter(row -> row.id().equals(wanted.toString())).findFirst());
            if (listed.isEmpty()) {
                return FormRefusal.because(new SessionNotFoundException(), FormErrors.general(ALREADY_ENDED))
                        .answer(headers, errors -> page(signedIn, errors)).build();
            }
            return Confirmation.ask(headers, new ConfirmView(layouts.signedIn(signedIn), "End a session",
                    listed.get().question(), "/account/sessions/" + listed.get().id() + "/revoke",
                    List.of(new ConfirmView.Field("csrf_token", signedIn.token().csrfToken())), "End session",
                    LIST.value()));
        }
        try {
            revokeOwnSession.revoke(RequestOrigins.actor(signedIn.user(), request), session.orElseThrow(SessionNotFoundException::new));
        } catch (SessionNotFoundException gone) {
            return FormRefusal.because(gone, FormErrors.general(ALREADY_ENDED))
                    .answer(headers, errors -> page(signedIn, errors)).build();
        }
        if (session.get().equals(signedIn.session().id())) {
            return Htmx.redirect(headers, LocalPath.SIGN_IN.done(Flash.SIGNED_OUT)).header(HttpHeaders.SET_COOKIE, sessionCookie.clear()).build();
        }
        return Htmx.redirect(headers, LIST.done(Flash.SESSION_ENDED)).build();
    }

    private SessionsView page(Authenticated signedIn, FormErrors errors) {
        return new SessionsView(layouts.signedIn(signedIn), rows(signedIn), signedIn.token().csrfToken(), errors,
                idleTimeout);
    }

    private List<SessionsView.Row> rows(Authenticated signedIn) {
        Instant now = clock.instant();
        return listOwnSessions.listOwnSessions(signedIn).stream()
                .map(own -> SessionsView.Row.of(own, signedIn.user(), now)).toList();
    }

    private static Optional<SessionId> parse(String id) {
        try {
            return Optional.of(SessionId.parse(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
