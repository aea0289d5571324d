package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.CapacityExceededException;
import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.mfa.ReauthenticationProof;
import dev.gatehouse.application.port.in.mfa.WrongSecondFactorException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.web.SecondFactorUseCases;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.page.FormRefusal;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.LocalPath;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.SignedInPage;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.page.view.ReauthenticateView;
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
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/** Sudo mode from the pages: prove it's you again, then back to where you were going. */
@Path("/account/reauthenticate")
@Produces(PageResource.HTML)
@SignedInPage
public final class ReauthenticatePage {

    static final String WRONG = "That is not right.";
    static final String ONE_OF = "Enter your password or a code of your authenticator app.";

    private final SecondFactorUseCases secondFactors;
    private final Layouts layouts;

    public ReauthenticatePage(SecondFactorUseCases secondFactors, Layouts layouts) {
        this.secondFactors = secondFactors;
        this.layouts = layouts;
    }

    @GET
    public ReauthenticateView form(@QueryParam("next") String next, @Context SecurityContext security) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        return page(signedIn, LocalPath.orDashboard(next), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reauthenticate(@FormParam("password") String password, @FormParam("code") String code,
                                   @FormParam("next") String next, @Context SecurityContext security,
                                   @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        LocalPath back = LocalPath.orDashboard(next);
        boolean typedPassword = password != null && !password.isEmpty();
        boolean typedCode = code != null && !code.isBlank();
        ReauthenticationProof proof;
        if (typedPassword) {
            proof = new ReauthenticationProof.Password(new ClearTextPassword(password));
        } else if (typedCode) {
            Optional<OneTimeCode> totp = OneTimeCode.parseEntered(code);
            if (totp.isEmpty()) {
                return FormRefusal.invalid(FormErrors.onField("code", OneTimeCode.ENTRY_RULE))
                        .answer(headers, errors -> page(signedIn, back, errors)).build();
            }
            proof = new ReauthenticationProof.Totp(totp.get());
        } else {
            return FormRefusal.invalid(FormErrors.general(ONE_OF))
                    .answer(headers, errors -> page(signedIn, back, errors)).build();
        }
        try {
            secondFactors.reauthenticate().reauthenticate(signedIn, proof, RequestOrigins.of(request));
        } catch (InvalidCredentialsException | PasswordRejectedException wrong) {
            return FormRefusal.invalid(FormErrors.onField("password", WRONG))
                    .answer(headers, errors -> page(signedIn, back, errors)).build();
        } catch (WrongSecondFactorException wrong) {
            return FormRefusal.invalid(FormErrors.onField("code", WRONG))
                    .answer(headers, errors -> page(signedIn, back, errors)).build();
        } catch (TooManyAttemptsException | CapacityExceededException wait) {
            return FormRefusal.of(wait).answer(headers, errors -> page(signedIn, back, errors)).build();
        }
        return Htmx.redirect(headers, back).build();
    }

    private ReauthenticateView page(Authenticated signedIn, LocalPath next, FormErrors errors) {
        return new ReauthenticateView(layouts.signedIn(signedIn), signedIn.token().csrfToken(),
                signedIn.user().passwordHash().isPresent(), secondFactors.status().status(signedIn.user()).totp(),
                next.value(), errors);
    }
}
