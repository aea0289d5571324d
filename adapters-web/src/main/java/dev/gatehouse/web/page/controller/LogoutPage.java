package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.LogOutUseCase;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.http.ReturnTo;
import dev.gatehouse.web.http.ReturnToOrigins;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.LocalPath;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.PostedField;
import dev.gatehouse.web.page.access.SignedInPage;
import dev.gatehouse.web.page.view.Flash;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/**
 * Sign-out: POST only (a GET is 405), so no link or image on another site can sign anyone out. An
 * app Gatehouse stands in front of may send the person back to itself with {@code return_to}.
 */
@Path("/logout")
@Produces(PageResource.HTML)
@SignedInPage
public final class LogoutPage {

    private final LogOutUseCase logOut;
    private final SessionCookie sessionCookie;
    private final ReturnToOrigins returnToOrigins;

    public LogoutPage(LogOutUseCase logOut, SessionCookie sessionCookie, ReturnToOrigins returnToOrigins) {
        this.logOut = logOut;
        this.sessionCookie = sessionCookie;
        this.returnToOrigins = returnToOrigins;
    }

    @POST
    public Response logOut(@Context SecurityContext security, @Context HttpHeaders headers,
                           @Context ContainerRequestContext request) {
        Optional<ReturnTo> landing = PostedField.of(request, "return_to").flatMap(returnToOrigins::returnTo);
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        logOut.logOut(signedIn.session().id(), RequestOrigins.actor(signedIn.user(), request));
        return Htmx.redirect(headers, landing, LocalPath.SIGN_IN.done(Flash.SIGNED_OUT)).header(HttpHeaders.SET_COOKIE, sessionCookie.clear())
                .build();
    }
}
