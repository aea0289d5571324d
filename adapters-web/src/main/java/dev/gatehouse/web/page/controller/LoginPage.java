package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.session.AccountDisabledException;
import dev.gatehouse.application.port.in.session.EmailUnverifiedException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.application.port.in.session.PasswordLoginUseCase;
import dev.gatehouse.application.port.in.session.SecondFactorRequiredException;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.user.EmailAddress;
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
import dev.gatehouse.web.page.view.LoginView;
import dev.gatehouse.web.problem.FieldParser;
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
import java.time.Duration;
import java.util.Optional;

/**
 * Password sign-in, with "stay signed in"; afterwards the person lands on {@code return_to} if it is
 * on an allowed app's origin, else on {@code next} if it is local, else on the dashboard.
 */
@Path("/login")
@Produces(PageResource.HTML)
public final class LoginPage {

    private final PasswordLoginUseCase passwordLogin;
    private final SessionCookie sessionCookie;
    private final PreSessionTokens preSession;
    private final Layouts layouts;
    private final ReturnToOrigins returnToOrigins;

    public LoginPage(PasswordLoginUseCase passwordLogin, SessionCookie sessionCookie, PreSessionTokens preSession,
              Layouts layouts, ReturnToOrigins returnToOrigins) {
        this.passwordLogin = passwordLogin;
        this.sessionCookie = sessionCookie;
        this.preSession = preSession;
        this.layouts = layouts;
        this.returnToOrigins = returnToOrigins;
    }

    @GET
    public Response form(@QueryParam("next") String next, @QueryParam("return_to") String returnTo,
                         @QueryParam("registered") String registered, @Context HttpHeaders headers) {
        PreSessionTokens.ForForm token = preSession.forForm(headers.getCookies());
        Optional<String> notice = registered != null ? Optional.of(LoginView.REGISTERED_NOTICE) : Optional.empty();
        LoginView form = new LoginView(layouts.anonymous(), token.csrfToken(), "", false,
                LocalPath.parse(next).map(LocalPath::value), FormErrors.none(), notice)
                .returningTo(returnToOrigins.returnTo(returnTo).map(ReturnTo::value));
        return token.handOver(Response.ok(form)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PreSessionForm
    public Response logIn(@FormParam("email") String email, @FormParam("password") String password,
                          @FormParam("remember_me") String rememberMe, @FormParam("next") String next,
                          @FormParam("return_to") String returnTo,
                          @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        boolean remember = rememberMe != null;
        // Checked before the session exists: nothing about the answer may fail once it does.
        Optional<LocalPath> landing = LocalPath.parse(next);
        Optional<ReturnTo> returning = returnToOrigins.returnTo(returnTo);
        Response.ResponseBuilder redirect = Htmx.redirect(headers, returning, landing.orElse(LocalPath.DASHBOARD));
        Optional<String> keptNext = landing.map(LocalPath::value);
        Optional<String> keptReturnTo = returning.map(ReturnTo::value);
        String csrfToken = preSession.forForm(headers.getCookies()).csrfToken();
        FieldParser fields = new FieldParser();
        EmailAddress address = fields.email(email);
        ClearTextPassword secret = fields.password("password", password);
        if (fields.anyInvalid()) {
            return FormRefusal.invalid(fields).answer(headers, errors -> new LoginView(layouts.anonymous(), csrfToken, email,
                    remember, keptNext, errors, Optional.empty()).returningTo(keptReturnTo)).build();
        }
        try {
            SignedIn signedIn = passwordLogin.logIn(new PasswordLoginCommand(
                    address, secret, remember, RequestOrigins.of(request), sessionCookie.heldBy(request)));
            return signedInTo(redirect, sessionCookie, signedIn);
        } catch (SecondFactorRequiredException secondStep) {
            return SecondFactorPage.secondStep(secondStep, sessionCookie, headers, landing, returning);
        } catch (InvalidCredentialsException | EmailUnverifiedException | AccountDisabledException
                 | PasswordRejectedException
                 | TooManyAttemptsException | CapacityExceededException failure) {
            return FormRefusal.of(failure).answer(headers, errors -> new LoginView(layouts.anonymous(), csrfToken,
                    email, remember, keptNext, errors, Optional.empty()).returningTo(keptReturnTo)).build();
        }
    }

    /** The answer to a successful sign-in from a page, with the cookies the API sets too. */
    static Response signedInTo(Response.ResponseBuilder redirect, SessionCookie sessionCookie, SignedIn signedIn) {
        sessionCookie.afterSignIn(signedIn).forEach(setCookie -> redirect.header(HttpHeaders.SET_COOKIE, setCookie));
        return redirect.build();
    }
}
