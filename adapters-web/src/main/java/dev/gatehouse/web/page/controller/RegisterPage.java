package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.in.account.Registration;
import dev.gatehouse.application.port.in.session.AccountDisabledException;
import dev.gatehouse.application.port.in.session.EmailUnverifiedException;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.application.port.in.session.PasswordLoginUseCase;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.web.auth.RegistrationCookie;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.page.FormRefusal;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.LocalPath;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.PreSessionForm;
import dev.gatehouse.web.page.access.PreSessionTokens;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.page.view.RegisterView;
import dev.gatehouse.web.problem.FieldParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Registration with email and password. Where addresses must be proven, it goes straight on to the
 * code form for the address, whether or not the address was free (the page reveals no more than
 * the API), and the browser keeps the registration's token so that entering the code there signs
 * in and keeps the password. Otherwise the new account is signed in at once with the password just
 * typed (a sign-in like any other: checked, throttled, audited), so nobody types it twice; should
 * that sign-in be refused (throttled, the hashing pool full), the sign-in page says the account is ready.
 */
@Path("/register")
@Produces(PageResource.HTML)
public final class RegisterPage {

    static final LocalPath SIGN_IN_AFTERWARDS = new LocalPath("/login?registered");

    private final RegisterUserUseCase registerUser;
    private final PreSessionTokens preSession;
    private final RegistrationCookie registrationCookie;
    private final Layouts layouts;
    private final int passwordMinLength;
    private final PasswordLoginUseCase passwordLogin;
    private final SessionCookie sessionCookie;

    public RegisterPage(RegisterUserUseCase registerUser, PreSessionTokens preSession,
                        RegistrationCookie registrationCookie, Layouts layouts, int passwordMinLength,
                        PasswordLoginUseCase passwordLogin, SessionCookie sessionCookie) {
        this.passwordLogin = passwordLogin;
        this.sessionCookie = sessionCookie;
        this.registerUser = registerUser;
        this.preSession = preSession;
        this.registrationCookie = registrationCookie;
        this.layouts = layouts;
        this.passwordMinLength = passwordMinLength;
    }

    @GET
    public Response form(@Context HttpHeaders headers) {
        PreSessionTokens.ForForm token = preSession.forForm(headers.getCookies());
        return token.handOver(Response.ok(page(token.csrfToken(), "", FormErrors.none()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PreSessionForm
    public Response register(@FormParam("email") String email, @FormParam("password") String password,
                             @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        String csrfToken = preSession.forForm(headers.getCookies()).csrfToken();
        FieldParser fields = new FieldParser();
        EmailAddress address = fields.email(email);
        ClearTextPassword secret = fields.password("password", password);
        if (fields.anyInvalid()) {
            return FormRefusal.invalid(fields).answer(headers, errors -> page(csrfToken, email, errors)).build();
        }
        try {
            Registration registration = registerUser.register(new RegisterUserCommand(address, secret,
                    RequestOrigins.of(request)));
            if (registration instanceof Registration.AwaitingProof awaiting) {
                return LoginCodePage.afterRegistration(headers, registrationCookie, awaiting.token(), address).build();
            }
            return signIn(address, secret, headers, request);
        } catch (PasswordRejectedException | EmailAlreadyRegisteredException | TooManyAttemptsException
                 | CapacityExceededException failure) {
            return FormRefusal.of(failure).answer(headers, errors -> page(csrfToken, email, errors)).build();
        }
    }

    private Response signIn(EmailAddress address, ClearTextPassword secret, HttpHeaders headers,
                            ContainerRequestContext request) {
        try {
            SignedIn signedIn = passwordLogin.logIn(new PasswordLoginCommand(address, secret, false,
                    RequestOrigins.of(request), sessionCookie.heldBy(request)));
            return LoginPage.signedInTo(Htmx.redirect(headers, LocalPath.DASHBOARD), sessionCookie, signedIn);
        } catch (InvalidCredentialsException | EmailUnverifiedException | AccountDisabledException
                 | PasswordRejectedException | TooManyAttemptsException | CapacityExceededException notNow) {
            return Htmx.redirect(headers, SIGN_IN_AFTERWARDS).build();
        }
    }

    private RegisterView page(String csrfToken, String typedEmail, FormErrors errors) {
        return new RegisterView(layouts.anonymous(), csrfToken, typedEmail, errors, passwordMinLength);
    }
}
