package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.mfa.CompleteSecondFactorCommand;
import dev.gatehouse.application.port.in.mfa.CompleteSecondFactorUseCase;
import dev.gatehouse.application.port.in.mfa.InvalidSecondFactorException;
import dev.gatehouse.application.port.in.session.SecondFactorRequiredException;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.domain.mfa.ChallengeToken;
import dev.gatehouse.domain.mfa.SecondFactorEntry;
import dev.gatehouse.web.auth.SecondFactorChallengeCookie;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.http.ReturnTo;
import dev.gatehouse.web.http.ReturnToOrigins;
import dev.gatehouse.web.page.FormRefusal;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.LocalPath;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.PreSessionForm;
import dev.gatehouse.web.page.access.PreSessionTokens;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.page.view.SecondFactorView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The second step of a sign-in from the pages. The first step (password or code) puts the challenge
 * in {@link SecondFactorChallengeCookie} and sends the browser here; this form takes a code of the
 * authenticator app or a recovery code, protected against login CSRF like the first step's form.
 */
@Path("/login/second-factor")
@Produces(PageResource.HTML)
public final class SecondFactorPage {

    private final CompleteSecondFactorUseCase complete;
    private final SessionCookie sessionCookie;
    private final SecondFactorChallengeCookie challengeCookie;
    private final PreSessionTokens preSession;
    private final Layouts layouts;
    private final ReturnToOrigins returnToOrigins;

    public SecondFactorPage(CompleteSecondFactorUseCase complete, SessionCookie sessionCookie,
                            PreSessionTokens preSession, Layouts layouts, ReturnToOrigins returnToOrigins) {
        this.complete = complete;
        this.sessionCookie = sessionCookie;
        this.challengeCookie = SecondFactorChallengeCookie.like(sessionCookie);
        this.preSession = preSession;
        this.layouts = layouts;
        this.returnToOrigins = returnToOrigins;
    }

    /**
     * What a first step answers when the account has a second factor: the challenge in its cookie,
     * and the browser sent to this page with where it was going.
     */
    static Response secondStep(SecondFactorRequiredException required, SessionCookie sessionCookie,
                               HttpHeaders headers, Optional<LocalPath> next, Optional<ReturnTo> returnTo) {
        StringBuilder location = new StringBuilder("/login/second-factor");
        String separator = "?";
        if (next.isPresent()) {
            location.append(separator).append("next=").append(URLEncoder.encode(next.get().value(), StandardCharsets.UTF_8));
            separator = "&";
        }
        if (returnTo.isPresent()) {
            location.append(separator).append("return_to=")
                    .append(URLEncoder.encode(returnTo.get().value(), StandardCharsets.UTF_8));
        }
        return Htmx.redirect(headers, new LocalPath(location.toString()))
                .header(HttpHeaders.SET_COOKIE, SecondFactorChallengeCookie.like(sessionCookie)
                        .issue(required.challenge(), Instant.now(), required.expiresAt()))
                .build();
    }

    @GET
    public Response form(@QueryParam("recovery") String recovery, @QueryParam("next") String next,
                         @QueryParam("return_to") String returnTo, @Context HttpHeaders headers) {
        if (challengeCookie.read(headers.getCookies()).isEmpty()) {
            return Htmx.redirect(headers, LocalPath.SIGN_IN).build();
        }
        PreSessionTokens.ForForm token = preSession.forForm(headers.getCookies());
        return token.handOver(Response.ok(new SecondFactorView(layouts.anonymous(), token.csrfToken(),
                "true".equals(recovery), LocalPath.parse(next).map(LocalPath::value),
                returnToOrigins.returnTo(returnTo).map(ReturnTo::value), FormErrors.none()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PreSessionForm
    public Response complete(@FormParam("code") String code, @FormParam("recovery") String recovery,
                             @FormParam("next") String next, @FormParam("return_to") String returnTo,
                             @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        Optional<LocalPath> landing = LocalPath.parse(next);
        Optional<ReturnTo> returning = returnToOrigins.returnTo(returnTo);
        Response.ResponseBuilder redirect = Htmx.redirect(headers, returning, landing.orElse(LocalPath.DASHBOARD));
        String csrfToken = preSession.forForm(headers.getCookies()).csrfToken();
        boolean recovering = "true".equals(recovery);
        java.util.function.Function<FormErrors, SecondFactorView> page = errors -> new SecondFactorView(
                layouts.anonymous(), csrfToken, recovering, landing.map(LocalPath::value),
                returning.map(ReturnTo::value), errors);
        Optional<ChallengeToken> challenge = challengeCookie.read(headers.getCookies());
        if (challenge.isEmpty()) {
            return Htmx.redirect(headers, LocalPath.SIGN_IN).build();
        }
        Optional<SecondFactorEntry> entry = SecondFactorEntry.parse(code);
        if (entry.isEmpty()) {
            return FormRefusal.invalid(FormErrors.onField("code", SecondFactorEntry.ENTRY_RULE))
                    .answer(headers, page::apply).build();
        }
        try {
            SignedIn signedIn = complete.complete(new CompleteSecondFactorCommand(challenge.get(), entry.get(),
                    RequestOrigins.of(request), sessionCookie.heldBy(request)));
            redirect.header(HttpHeaders.SET_COOKIE, challengeCookie.clear());
            return LoginPage.signedInTo(redirect, sessionCookie, signedIn);
        } catch (InvalidSecondFactorException | TooManyAttemptsException | CapacityExceededException failure) {
            return FormRefusal.of(failure).answer(headers, page::apply).build();
        }
    }
}
