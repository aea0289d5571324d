package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.account.AccountProof;
import dev.gatehouse.application.port.in.account.DeleteAccountCommand;
import dev.gatehouse.application.port.in.account.DeleteAccountUseCase;
import dev.gatehouse.application.port.in.account.WrongProofException;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.LastAdminException;
import dev.gatehouse.web.auth.SessionCookie;
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
import dev.gatehouse.web.page.view.AccountDeletionView;
import dev.gatehouse.web.page.view.Flash;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.problem.FieldParser;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The signed-in person deletes their account, behind a confirmation that names the address: with
 * their password, or for an account without one, a sign-in code mailed to it from this page. Once
 * deleted, the session cookie is cleared and the person lands on the home page, which says so.
 */
@RecentAuthenticationRequired
@Path("/account/delete")
@Produces(PageResource.HTML)
@SignedInPage
public final class AccountDeletionPage {

    public static final LocalPath DELETED = new LocalPath("/").done(Flash.ACCOUNT_DELETED);
    private static final LocalPath CODE_SENT = new LocalPath("/account/delete?code=sent");
    static final String WRONG_PASSWORD = "That password is not right.";
    static final String PASSWORD_REQUIRED = "Enter your password to confirm.";

    private final DeleteAccountUseCase deleteAccount;
    private final RequestSignInCodeUseCase requestCode;
    private final SessionCookie sessionCookie;
    private final Layouts layouts;

    public AccountDeletionPage(DeleteAccountUseCase deleteAccount, RequestSignInCodeUseCase requestCode,
                               SessionCookie sessionCookie, Layouts layouts) {
        this.deleteAccount = deleteAccount;
        this.requestCode = requestCode;
        this.sessionCookie = sessionCookie;
        this.layouts = layouts;
    }

    @GET
    public AccountDeletionView confirmation(@QueryParam("code") String code, @Context SecurityContext security) {
        return page(SignedInSecurityContext.signedIn(security).authenticated(), "sent".equals(code), FormErrors.none());
    }

    /** Mails a sign-in code to the account's own address, for an account without a password to confirm with. */
    @POST
    @Path("/code")
    public Response mailCode(@Context SecurityContext security, @Context HttpHeaders headers,
                             @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        try {
            requestCode.requestSignInCode(new RequestCodeCommand(signedIn.user().email(), RequestOrigins.of(request),
                    sessionCookie.heldBy(request).device()));
        } catch (TooManyAttemptsException | CapacityExceededException wait) {
            return FormRefusal.of(wait).answer(headers, errors -> page(signedIn, false, errors)).build();
        }
        return Htmx.redirect(headers, CODE_SENT).build();
    }

    @POST
    public Response delete(@FormParam("password") String password, @FormParam("code") String code,
                           @Context SecurityContext security, @Context HttpHeaders headers,
                           @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        boolean byCode = signedIn.user().passwordHash().isEmpty();
        AccountProof proof;
        if (byCode) {
            FieldParser fields = new FieldParser();
            OneTimeCode entered = fields.code(code);
            if (fields.anyInvalid()) {
                return FormRefusal.invalid(fields).answer(headers, errors -> page(signedIn, true, errors)).build();
            }
            proof = new AccountProof.Code(entered);
        } else {
            if (password == null || password.isEmpty()) {
                return FormRefusal.invalid(FormErrors.onField("password", PASSWORD_REQUIRED))
                        .answer(headers, errors -> page(signedIn, false, errors)).build();
            }
            proof = new AccountProof.Password(new ClearTextPassword(password));
        }
        try {
            deleteAccount.delete(new DeleteAccountCommand(signedIn, proof, RequestOrigins.of(request)));
        } catch (InvalidCredentialsException wrongPassword) {
            return FormRefusal.because(wrongPassword, FormErrors.onField("password", WRONG_PASSWORD))
                    .answer(headers, errors -> page(signedIn, byCode, errors)).build();
        } catch (LastAdminException | WrongProofException refused) {
            return FormRefusal.because(refused, FormErrors.general(refused.getMessage()))
                    .answer(headers, errors -> page(signedIn, byCode, errors)).build();
        } catch (InvalidCodeException | TooManyAttemptsException | CapacityExceededException failure) {
            return FormRefusal.of(failure).answer(headers, errors -> page(signedIn, byCode, errors)).build();
        }
        return Htmx.redirect(headers, DELETED).header(HttpHeaders.SET_COOKIE, sessionCookie.clear()).build();
    }

    private AccountDeletionView page(Authenticated signedIn, boolean codeSent, FormErrors errors) {
        return new AccountDeletionView(layouts.signedIn(signedIn), signedIn.token().csrfToken(),
                signedIn.user().email().value(), signedIn.user().passwordHash().isPresent(), codeSent, errors);
    }
}
