package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.account.ChangePasswordCommand;
import dev.gatehouse.application.port.in.account.ChangePasswordUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.RecentAuthenticationRequired;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.page.FormRefusal;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.LocalPath;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.SignedInPage;
import dev.gatehouse.web.page.view.Flash;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.page.view.Flash;
import dev.gatehouse.web.page.view.PasswordChangeView;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The signed-in person changes their password; every other session of theirs ends, and this one
 * continues under a new token, since asking for the current password was a re-authentication.
 */
@RecentAuthenticationRequired
@Path("/account/password")
@Produces(PageResource.HTML)
@SignedInPage
public final class PasswordChangePage {

    public static final String WRONG_CURRENT = "Your current password is not right.";
    public static final LocalPath CHANGED = new LocalPath("/account/sessions").done(Flash.PASSWORD_CHANGED);

    private final ChangePasswordUseCase changePassword;
    private final Layouts layouts;
    private final int passwordMinLength;
    private final CookieTokenRotation rotation;

    public PasswordChangePage(ChangePasswordUseCase changePassword, Layouts layouts, int passwordMinLength,
                       CookieTokenRotation rotation) {
        this.changePassword = changePassword;
        this.rotation = rotation;
        this.layouts = layouts;
        this.passwordMinLength = passwordMinLength;
    }

    @GET
    public PasswordChangeView form(@Context SecurityContext security) {
        return page(SignedInSecurityContext.signedIn(security).authenticated(), FormErrors.none());
    }

    @POST
    public Response change(@FormParam("current_password") String currentPassword,
                           @FormParam("new_password") String newPassword, @Context SecurityContext security,
                           @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        if (currentPassword == null || currentPassword.isEmpty() || newPassword == null || newPassword.isEmpty()) {
            return FormRefusal.invalid(FormErrors.onField(currentPassword == null || currentPassword.isEmpty()
                            ? "current_password" : "new_password", "Both passwords are required."))
                    .answer(headers, errors -> page(signedIn, errors)).build();
        }
        try {
            changePassword.changePassword(new ChangePasswordCommand(signedIn, new ClearTextPassword(currentPassword),
                    new ClearTextPassword(newPassword), RequestOrigins.of(request)));
        } catch (InvalidCredentialsException wrongCurrent) {
            return FormRefusal.invalid(FormErrors.onField("current_password", WRONG_CURRENT))
                    .answer(headers, errors -> page(signedIn, errors)).build();
        } catch (PasswordRejectedException rejected) {
            return FormRefusal.invalid(FormErrors.onFields(rejected.violations().stream()
                            .map(violation -> new FormErrors.Item("new_password", violation.message())).toList()))
                    .answer(headers, errors -> page(signedIn, errors)).build();
        } catch (TooManyAttemptsException | CapacityExceededException wait) {
            return FormRefusal.of(wait).answer(headers, errors -> page(signedIn, errors)).build();
        }
        rotation.rotateNow(request, signedIn);
        return Htmx.redirect(headers, CHANGED).build();
    }

    private PasswordChangeView page(Authenticated signedIn, FormErrors errors) {
        return new PasswordChangeView(layouts.signedIn(signedIn), signedIn.token().csrfToken(), errors, passwordMinLength);
    }
}
