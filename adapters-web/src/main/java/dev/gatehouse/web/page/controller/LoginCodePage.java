package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.application.port.in.code.VerifySignInCodeCommand;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.in.session.SecondFactorRequiredException;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import dev.gatehouse.domain.user.RegistrationToken;
import dev.gatehouse.web.auth.RegistrationCookie;
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
import dev.gatehouse.web.page.view.LoginCodeSentFragment;
import dev.gatehouse.web.page.view.LoginCodeView;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Passwordless sign-in: the address gets a six-digit code by mail, and entering it signs in as a
 * password would. Asking for a code answers alike for every address, so the page tells nobody
 * which addresses have an account. The register page leads here ({@code ?registered&email=}) with
 * the code form open; the browser that registered holds the registration's token in a cookie
 * ({@link RegistrationCookie}), and entering the code there keeps the password chosen.
 */
@Path("/login/code")
@Produces(PageResource.HTML)
public final class LoginCodePage {

    private static final LocalPath FORM = new LocalPath("/login/code");

    private final RequestSignInCodeUseCase requestCode;
    private final VerifySignInCodeUseCase verifyCode;
    private final SessionCookie sessionCookie;
    private final RegistrationCookie registrationCookie;
    private final PreSessionTokens preSession;
    private final Layouts layouts;
    private final ReturnToOrigins returnToOrigins;
    private final Duration resendInterval;

    public LoginCodePage(RequestSignInCodeUseCase requestCode, VerifySignInCodeUseCase verifyCode,
                  SessionCookie sessionCookie, PreSessionTokens preSession, Layouts layouts,
                  ReturnToOrigins returnToOrigins, Duration resendInterval) {
        this.resendInterval = resendInterval;
        this.requestCode = requestCode;
        this.verifyCode = verifyCode;
        this.sessionCookie = sessionCookie;
        this.registrationCookie = RegistrationCookie.like(sessionCookie);
        this.preSession = preSession;
        this.layouts = layouts;
        this.returnToOrigins = returnToOrigins;
    }

    /**
     * Mail links point here with {@code ?email=}: for a valid address the code form is open at once,
     * its field focused, as after a registration ({@code ?registered}); anything else is the empty
     * address form.
     */
    @GET
    public Response form(@QueryParam("email") String email, @QueryParam("next") String next,
                         @QueryParam("return_to") String returnTo,
                         @QueryParam("registered") String registered, @Context HttpHeaders headers) {
        PreSessionTokens.ForForm token = preSession.forForm(headers.getCookies());
        String address = validOrEmpty(email);
        Optional<String> keptNext = LocalPath.parse(next).map(LocalPath::value);
        Optional<String> keptReturnTo = returnToOrigins.returnTo(returnTo).map(ReturnTo::value);
        LoginCodeView page = address.isEmpty()
                ? LoginCodeView.asking(layouts.anonymous(), token.csrfToken(), keptNext, "", "", FormErrors.none())
                        .returningTo(keptReturnTo)
                : registered != null
                ? LoginCodeView.afterRegistration(layouts.anonymous(), token.csrfToken(), address)
                        .resendingAfter(resendInterval, true)
                : entering(token.csrfToken(), keptNext, "", address, false, FormErrors.none(), false)
                        .returningTo(keptReturnTo);
        return token.handOver(Response.ok(page)).build();
    }

    /** Where a registration on the pages goes on to, with its token for this browser only. */
    static Response.ResponseBuilder afterRegistration(HttpHeaders headers, RegistrationCookie cookie,
                                                      RegistrationToken token, EmailAddress address) {
        LocalPath codeForm = new LocalPath("/login/code?registered&email="
                + URLEncoder.encode(address.value(), StandardCharsets.UTF_8));
        return Htmx.redirect(headers, codeForm).header(HttpHeaders.SET_COOKIE, cookie.issue(token));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PreSessionForm
    public Response request(@FormParam("email") String email, @FormParam("timezone") String timezone,
                            @FormParam("next") String next, @FormParam("return_to") String returnTo,
                            @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        Optional<String> keptNext = LocalPath.parse(next).map(LocalPath::value);
        Optional<String> keptReturnTo = returnToOrigins.returnTo(returnTo).map(ReturnTo::value);
        String csrfToken = preSession.forForm(headers.getCookies()).csrfToken();
        String zone = TimezoneField.kept(timezone);
        FieldParser fields = new FieldParser();
        EmailAddress address = fields.email(email);
        if (fields.anyInvalid()) {
            return FormRefusal.invalid(fields).answer(headers, errors -> LoginCodeView.asking(layouts.anonymous(), csrfToken,
                    keptNext, zone, email, errors).returningTo(keptReturnTo)).build();
        }
        try {
            requestCode.requestSignInCode(new RequestCodeCommand(address, RequestOrigins.of(request),
                    sessionCookie.heldBy(request).device()));
        } catch (TooManyAttemptsException | CapacityExceededException failure) {
            return FormRefusal.of(failure).answer(headers, errors -> LoginCodeView.asking(layouts.anonymous(),
                    csrfToken, keptNext, zone, email, errors).returningTo(keptReturnTo)).build();
        }
        LoginCodeView page = entering(csrfToken, keptNext, zone, address.value(), false, FormErrors.none(), true)
                .returningTo(keptReturnTo);
        return Response.ok(Htmx.requested(headers) ? new LoginCodeSentFragment(page) : page).build();
    }

    /** Where a refused code post's "Continue" leads (a GET on the posted path): back to the form. */
    @GET
    @Path("/verify")
    public Response backToForm() {
        return Htmx.redirect(false, FORM).build();
    }

    @POST
    @Path("/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PreSessionForm
    public Response verify(@FormParam("email") String email, @FormParam("code") String code,
                           @FormParam("remember_me") String rememberMe, @FormParam("timezone") String timezone,
                           @FormParam("next") String next, @FormParam("return_to") String returnTo,
                           @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        boolean remember = rememberMe != null;
        // Checked before the session exists: nothing about the answer may fail once it does.
        Optional<LocalPath> landing = LocalPath.parse(next);
        Optional<ReturnTo> returning = returnToOrigins.returnTo(returnTo);
        Response.ResponseBuilder redirect = Htmx.redirect(headers, returning, landing.orElse(LocalPath.DASHBOARD));
        Optional<String> keptNext = landing.map(LocalPath::value);
        Optional<String> keptReturnTo = returning.map(ReturnTo::value);
        String csrfToken = preSession.forForm(headers.getCookies()).csrfToken();
        String zone = TimezoneField.kept(timezone);
        FieldParser fields = new FieldParser();
        EmailAddress address = fields.email(email);
        OneTimeCode oneTimeCode = fields.code(code);
        if (fields.anyInvalid()) {
            return FormRefusal.invalid(fields).answer(headers, errors -> entering(csrfToken,
                    keptNext, zone, email, remember, errors, false).returningTo(keptReturnTo)).build();
        }
        try {
            Optional<RegistrationToken> registration = registrationCookie.read(headers.getCookies());
            SignedIn signedIn = verifyCode.verify(new VerifySignInCodeCommand(address, oneTimeCode, remember,
                    TimezoneField.parse(timezone), RequestOrigins.of(request), sessionCookie.heldBy(request),
                    registration));
            // Proven now: the binding is spent whatever it was, so the browser drops it.
            registration.ifPresent(spent -> redirect.header(HttpHeaders.SET_COOKIE, registrationCookie.clear()));
            return LoginPage.signedInTo(redirect, sessionCookie, signedIn);
        } catch (SecondFactorRequiredException secondStep) {
            return SecondFactorPage.secondStep(secondStep, sessionCookie, headers, landing, returning);
        } catch (InvalidCodeException | TooManyAttemptsException | CapacityExceededException failure) {
            return FormRefusal.of(failure).answer(headers, errors -> entering(
                    csrfToken, keptNext, zone, email, remember, errors, false).returningTo(keptReturnTo)).build();
        }
    }

    private LoginCodeView entering(String csrfToken, Optional<String> next, String zone, String email,
                                   boolean remember, FormErrors errors, boolean justSent) {
        return LoginCodeView.entering(layouts.anonymous(), csrfToken, next, zone, email, remember, errors)
                .resendingAfter(resendInterval, justSent);
    }

    static String validOrEmpty(String email) {
        if (email == null || email.length() > 320) {
            return "";
        }
        try {
            return EmailAddress.of(email).value();
        } catch (InvalidEmailAddressException invalid) {
            return "";
        }
    }
}
