package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.mfa.SecondFactorStateException;
import dev.gatehouse.application.port.in.mfa.SecondFactorStatus;
import dev.gatehouse.application.port.in.mfa.TotpEnrolment;
import dev.gatehouse.application.port.in.mfa.WrongSecondFactorException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.EmailUnverifiedException;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.mfa.RecoveryCode;
import dev.gatehouse.domain.mfa.SecondFactorEntry;
import dev.gatehouse.web.SecondFactorUseCases;
import dev.gatehouse.web.api.QrSvg;
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
import dev.gatehouse.web.page.view.SecondFactorAccountView;
import io.dropwizard.views.common.View;
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
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Two-step sign-in on the Account page: set up an authenticator app (QR code and key, then a first
 * code, then the recovery codes shown once) or remove it. Plain form posts, so it all works without
 * JavaScript; every step needs a recent authentication.
 */
@Path("/account/second-factor")
@Produces(PageResource.HTML)
@SignedInPage
@RecentAuthenticationRequired
public final class SecondFactorAccountPage {

    static final String WRONG_CODE = "That code is not right, or was already used.";
    static final String UNPROVEN = "Confirm your address first: sign in with a code mailed to it.";

    private final SecondFactorUseCases secondFactors;
    private final Layouts layouts;

    public SecondFactorAccountPage(SecondFactorUseCases secondFactors, Layouts layouts) {
        this.secondFactors = secondFactors;
        this.layouts = layouts;
    }

    @GET
    public SecondFactorAccountView show(@Context SecurityContext security) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        return page(signedIn, Optional.empty(), false, List.of(), FormErrors.none());
    }

    @POST
    @Path("/setup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setUp(@Context SecurityContext security, @Context HttpHeaders headers,
                          @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        try {
            TotpEnrolment enrolment = secondFactors.enrol().begin(signedIn, RequestOrigins.of(request));
            return Response.ok(page(signedIn, Optional.of(new SecondFactorAccountView.Pending(
                            QrSvg.of(enrolment.otpauthUri()), enrolment.secret())), true, List.of(), FormErrors.none()))
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (SecondFactorStateException | EmailUnverifiedException refused) {
            String message = refused instanceof EmailUnverifiedException ? UNPROVEN : refused.getMessage();
            return FormRefusal.because(refused, FormErrors.general(message))
                    .answer(headers, again(signedIn, false)).build();
        }
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("code") String code, @Context SecurityContext security,
                            @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        Optional<OneTimeCode> entered = OneTimeCode.parseEntered(code);
        if (entered.isEmpty()) {
            return FormRefusal.invalid(FormErrors.onField("code", OneTimeCode.ENTRY_RULE))
                    .answer(headers, again(signedIn, true)).build();
        }
        try {
            List<RecoveryCode> codes = secondFactors.enrol().confirm(signedIn, entered.get(), RequestOrigins.of(request));
            return Response.ok(page(signedIn, Optional.empty(), false,
                            codes.stream().map(RecoveryCode::shown).toList(), FormErrors.none()))
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (WrongSecondFactorException wrong) {
            return FormRefusal.invalid(FormErrors.onField("code", WRONG_CODE))
                    .answer(headers, again(signedIn, true)).build();
        } catch (SecondFactorStateException refused) {
            return FormRefusal.because(refused, FormErrors.general(refused.getMessage()))
                    .answer(headers, again(signedIn, false)).build();
        }
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@FormParam("code") String code, @Context SecurityContext security,
                           @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        Optional<SecondFactorEntry> proof = SecondFactorEntry.parse(code);
        if (proof.isEmpty()) {
            return FormRefusal.invalid(FormErrors.onField("code", SecondFactorEntry.ENTRY_RULE))
                    .answer(headers, again(signedIn, false)).build();
        }
        try {
            secondFactors.remove().remove(signedIn, proof.get(), RequestOrigins.of(request));
        } catch (WrongSecondFactorException wrong) {
            return FormRefusal.invalid(FormErrors.onField("code", WRONG_CODE))
                    .answer(headers, again(signedIn, false)).build();
        } catch (SecondFactorStateException | TooManyAttemptsException refused) {
            return FormRefusal.because(refused, FormErrors.general(refused.getMessage()))
                    .answer(headers, again(signedIn, false)).build();
        }
        return Htmx.redirect(headers, new LocalPath("/account/second-factor").done(Flash.SECOND_FACTOR_REMOVED)).build();
    }

    /** The page as it was, with the refusal's errors: still confirming a pending app, or not. */
    private Function<FormErrors, View> again(Authenticated signedIn, boolean confirming) {
        return errors -> page(signedIn, Optional.empty(), confirming, List.of(), errors);
    }

    private SecondFactorAccountView page(Authenticated signedIn, Optional<SecondFactorAccountView.Pending> pending,
                                         boolean confirming, List<String> recoveryCodes, FormErrors errors) {
        SecondFactorStatus status = secondFactors.status().status(signedIn.user());
        return new SecondFactorAccountView(layouts.signedIn(signedIn), signedIn.token().csrfToken(), status.totp(),
                status.recoveryCodesLeft(), status.enrolmentRequired(), pending, confirming, recoveryCodes, errors);
    }
}
