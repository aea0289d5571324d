package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.ConfirmPasswordResetCommand;
import dev.gatehouse.application.port.in.code.ConfirmPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.page.FormRefusal;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.LocalPath;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.PreSessionForm;
import dev.gatehouse.web.page.access.PreSessionTokens;
import dev.gatehouse.web.page.view.Flash;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.page.view.Flash;
import dev.gatehouse.web.page.view.PasswordResetSentFragment;
import dev.gatehouse.web.page.view.Flash;
import dev.gatehouse.web.page.view.PasswordResetView;
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

/**
 * "Forgot your password?": a code by mail, then the code and a new password. Asking for a code
 * answers alike for every address, so the page tells nobody which addresses have an account.
 */
@Path("/password")
@Produces(PageResource.HTML)
public final class PasswordResetPage {

    static final LocalPath SIGN_IN_AFTERWARDS = LocalPath.SIGN_IN.done(Flash.PASSWORD_RESET);

    private final RequestPasswordResetUseCase requestReset;
    private final ConfirmPasswordResetUseCase confirmReset;
    private final PreSessionTokens preSession;
    private final Layouts layouts;
    private final int passwordMinLength;
    private final Duration resendInterval;

    public PasswordResetPage(RequestPasswordResetUseCase requestReset, ConfirmPasswordResetUseCase confirmReset,
                      PreSessionTokens preSession, Layouts layouts, int passwordMinLength, Duration resendInterval) {
        this.resendInterval = resendInterval;
        this.requestReset = requestReset;
        this.confirmReset = confirmReset;
        this.preSession = preSession;
        this.layouts = layouts;
        this.passwordMinLength = passwordMinLength;
    }

    @GET
    @Path("/forgot")
    public Response forgotForm(@QueryParam("email") String email, @Context HttpHeaders headers) {
        PreSessionTokens.ForForm token = preSession.forForm(headers.getCookies());
        return token.handOver(Response.ok(PasswordResetView.asking(layouts.anonymous(), token.csrfToken(),
                LoginCodePage.validOrEmpty(email), FormErrors.none(), passwordMinLength))).build();
    }

    /** Mail links point here with {@code ?email=}: the reset form for a valid address, else the address form. */
    @GET
    @Path("/reset")
    public Response resetForm(@QueryParam("email") String email, @Context HttpHeaders headers) {
        PreSessionTokens.ForForm token = preSession.forForm(headers.getCookies());
        String valid = LoginCodePage.validOrEmpty(email);
        PasswordResetView page = valid.isEmpty()
                ? PasswordResetView.asking(layouts.anonymous(), token.csrfToken(), "", FormErrors.none(),
                        passwordMinLength)
                : resetting(token.csrfToken(), valid, false, FormErrors.none());
        return token.handOver(Response.ok(page)).build();
    }

    @POST
    @Path("/forgot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PreSessionForm
    public Response forgot(@FormParam("email") String email, @Context HttpHeaders headers,
                           @Context ContainerRequestContext request) {
        String csrfToken = preSession.forForm(headers.getCookies()).csrfToken();
        FieldParser fields = new FieldParser();
        EmailAddress address = fields.email(email);
        if (fields.anyInvalid()) {
            return FormRefusal.invalid(fields).answer(headers, errors -> PasswordResetView.asking(layouts.anonymous(), csrfToken,
                    email, errors, passwordMinLength)).build();
        }
        try {
            requestReset.requestPasswordReset(new RequestCodeCommand(address, RequestOrigins.of(request)));
        } catch (TooManyAttemptsException | CapacityExceededException failure) {
            return FormRefusal.of(failure).answer(headers, errors -> PasswordResetView.asking(layouts.anonymous(),
                    csrfToken, email, errors, passwordMinLength)).build();
        }
        PasswordResetView page = resetting(csrfToken, address.value(), true, FormErrors.none());
        return Response.ok(Htmx.requested(headers) ? new PasswordResetSentFragment(page) : page).build();
    }

    @POST
    @Path("/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PreSessionForm
    public Response reset(@FormParam("email") String email, @FormParam("code") String code,
                          @FormParam("password") String password, @Context HttpHeaders headers,
                          @Context ContainerRequestContext request) {
        String csrfToken = preSession.forForm(headers.getCookies()).csrfToken();
        FieldParser fields = new FieldParser();
        EmailAddress address = fields.email(email);
        OneTimeCode oneTimeCode = fields.code(code);
        ClearTextPassword newPassword = fields.password("password", password);
        if (fields.anyInvalid()) {
            return FormRefusal.invalid(fields).answer(headers, errors -> resetting(csrfToken, email, false, errors))
                    .build();
        }
        try {
            confirmReset.confirm(new ConfirmPasswordResetCommand(address, oneTimeCode, newPassword, RequestOrigins.of(request)));
            return Htmx.redirect(headers, SIGN_IN_AFTERWARDS).build();
        } catch (InvalidCodeException | PasswordRejectedException | TooManyAttemptsException
                 | CapacityExceededException failure) {
            return FormRefusal.of(failure).answer(headers, errors -> resetting(csrfToken, email, false, errors)).build();
        }
    }

    /** The reset form; its "send a new code" counts down only when a code was sent just now. */
    private PasswordResetView resetting(String csrfToken, String email, boolean justSent, FormErrors errors) {
        return PasswordResetView.resetting(layouts.anonymous(), csrfToken, email, justSent, errors, passwordMinLength)
                .resendingAfter(resendInterval, justSent);
    }
}
