package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.account.ConfirmEmailChangeCommand;
import dev.gatehouse.application.port.in.account.ReauthenticationRequiredException;
import dev.gatehouse.application.port.in.account.RequestEmailChangeCommand;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.passkey.PasskeyNotFoundException;
import dev.gatehouse.application.port.in.passkey.RemovePasskeyCommand;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.passkey.PasskeyId;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import dev.gatehouse.domain.user.SameEmailAddressException;
import dev.gatehouse.web.EmailChangeUseCases;
import dev.gatehouse.web.PasskeyUseCases;
import dev.gatehouse.web.auth.RecentAuthenticationRequired;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.page.FormRefusal;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.LocalPath;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.SignedInPage;
import dev.gatehouse.web.page.view.AccountView;
import dev.gatehouse.web.page.view.EmailChangeCodeView;
import dev.gatehouse.web.page.view.Flash;
import dev.gatehouse.web.page.view.FormErrors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/**
 * The signed-in person's account: the address, the ways to the password and sessions pages, and a
 * change of address in two steps. The request answers alike whether or not the new address has an
 * account (and goes on to the code form either way); the code, mailed to the new address, confirms.
 */
@Path("/account")
@Produces(PageResource.HTML)
@SignedInPage
public final class AccountPage {

    public static final String WRONG_PASSWORD = "Your password is not right.";
    public static final String SIGN_IN_AGAIN =
            "To change the address of an account without a password, sign in with a code again first.";
    public static final LocalPath CODE_FORM = new LocalPath("/account/email/confirm").done(Flash.ADDRESS_CHANGE_REQUESTED);
    public static final LocalPath CHANGED = new LocalPath("/account").done(Flash.ADDRESS_CHANGED);
    public static final LocalPath AFTER_PASSKEY_REMOVED = new LocalPath("/account").done(Flash.PASSKEY_REMOVED);

    private final EmailChangeUseCases emailChange;
    private final PasskeyUseCases passkeys;
    private final Layouts layouts;

    public AccountPage(EmailChangeUseCases emailChange, PasskeyUseCases passkeys, Layouts layouts) {
        this.emailChange = emailChange;
        this.passkeys = passkeys;
        this.layouts = layouts;
    }

    @GET
    public AccountView show(@Context SecurityContext security) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        return page(signedIn, "", FormErrors.none());
    }

    /**
     * Removes one of the account's passkeys; one that is gone already (removed in another tab) is
     * the same outcome. Adding one needs the browser's WebAuthn API, so that is the page script's,
     * over the JSON API.
     */
    @POST
    @Path("/passkeys/{id}/remove")
    @RecentAuthenticationRequired
    public Response removePasskey(@PathParam("id") String id, @Context SecurityContext security,
                                  @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        try {
            passkeys.remove().remove(new RemovePasskeyCommand(signedIn, PasskeyId.parse(id), RequestOrigins.of(request)));
        } catch (PasskeyNotFoundException | IllegalArgumentException gone) {
            return Htmx.redirect(headers, new LocalPath("/account")).build();
        }
        return Htmx.redirect(headers, AFTER_PASSKEY_REMOVED).build();
    }

    @POST
    @RecentAuthenticationRequired
    @Path("/email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@FormParam("new_email") String newEmail, @FormParam("password") String password,
                            @Context SecurityContext security, @Context HttpHeaders headers,
                            @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        EmailAddress address;
        try {
            address = EmailAddress.of(newEmail);
        } catch (InvalidEmailAddressException invalid) {
            return FormRefusal.invalid(FormErrors.onField("new_email", invalid.getMessage()))
                    .answer(headers, errors -> page(signedIn, newEmail, errors)).build();
        }
        Optional<ClearTextPassword> typed = Optional.ofNullable(password).filter(text -> !text.isEmpty())
                .map(ClearTextPassword::new);
        try {
            emailChange.request().requestEmailChange(new RequestEmailChangeCommand(signedIn, address, typed,
                    RequestOrigins.of(request)));
        } catch (SameEmailAddressException same) {
            return FormRefusal.invalid(FormErrors.onField("new_email", same.getMessage()))
                    .answer(headers, errors -> page(signedIn, newEmail, errors)).build();
        } catch (InvalidCredentialsException wrong) {
            return FormRefusal.because(wrong, FormErrors.onField("password", WRONG_PASSWORD))
                    .answer(headers, errors -> page(signedIn, newEmail, errors)).build();
        } catch (ReauthenticationRequiredException stale) {
            return FormRefusal.because(stale, FormErrors.general(SIGN_IN_AGAIN))
                    .answer(headers, errors -> page(signedIn, newEmail, errors)).build();
        } catch (TooManyAttemptsException | CapacityExceededException wait) {
            return FormRefusal.of(wait).answer(headers, errors -> page(signedIn, newEmail, errors)).build();
        }
        return Htmx.redirect(headers, CODE_FORM).build();
    }

    @GET
    @Path("/email/confirm")
    public EmailChangeCodeView codeForm(@Context SecurityContext security) {
        return codePage(SignedInSecurityContext.signedIn(security).authenticated(), FormErrors.none());
    }

    @POST
    @Path("/email/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("code") String code, @Context SecurityContext security,
                            @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        Optional<OneTimeCode> entered = OneTimeCode.parseEntered(code);
        if (entered.isEmpty()) {
            return FormRefusal.invalid(FormErrors.onField("code", OneTimeCode.ENTRY_RULE))
                    .answer(headers, errors -> codePage(signedIn, errors)).build();
        }
        try {
            emailChange.confirm().confirmEmailChange(new ConfirmEmailChangeCommand(signedIn, entered.get(),
                    RequestOrigins.of(request)));
        } catch (EmailAlreadyRegisteredException taken) {
            return FormRefusal.because(taken, FormErrors.general(taken.getMessage()))
                    .answer(headers, errors -> codePage(signedIn, errors)).build();
        } catch (InvalidCodeException | TooManyAttemptsException | CapacityExceededException failure) {
            return FormRefusal.of(failure).answer(headers, errors -> codePage(signedIn, errors)).build();
        }
        return Htmx.redirect(headers, CHANGED).build();
    }

    private AccountView page(Authenticated signedIn, String newEmail, FormErrors errors) {
        return new AccountView(layouts.signedIn(signedIn), signedIn.token().csrfToken(),
                signedIn.user().email().value(), signedIn.user().passwordHash().isPresent(), newEmail, errors)
                .withPasskeys(passkeys.list().list(signedIn.user().id()).stream()
                        .map(passkey -> AccountView.PasskeyRow.of(passkey, signedIn.user())).toList());
    }

    private EmailChangeCodeView codePage(Authenticated signedIn, FormErrors errors) {
        return new EmailChangeCodeView(layouts.signedIn(signedIn), signedIn.token().csrfToken(), errors);
    }
}
