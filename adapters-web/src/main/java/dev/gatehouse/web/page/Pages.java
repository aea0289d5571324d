package dev.gatehouse.web.page;

import dev.gatehouse.web.WebUseCases;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.PreSessionCookie;
import dev.gatehouse.web.auth.RegistrationCookie;
import dev.gatehouse.web.auth.SessionAuthentication;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.page.access.PageAccessFeature;
import dev.gatehouse.web.page.access.PreSessionCsrfFilter;
import dev.gatehouse.web.page.access.PreSessionTokens;
import dev.gatehouse.web.page.access.ProblemPageFilter;
import dev.gatehouse.web.page.access.Refusals;
import dev.gatehouse.web.page.controller.AccountPage;
import dev.gatehouse.web.page.controller.AccountDeletionPage;
import dev.gatehouse.web.page.controller.AccountExportPage;
import dev.gatehouse.web.page.controller.AdminAuditPage;
import dev.gatehouse.web.page.controller.AdminUsersPage;
import dev.gatehouse.web.page.controller.ArticlesPage;
import dev.gatehouse.web.page.controller.DashboardPage;
import dev.gatehouse.web.page.controller.HomePage;
import dev.gatehouse.web.page.controller.LoginCodePage;
import dev.gatehouse.web.page.controller.LoginPage;
import dev.gatehouse.web.page.controller.LogoutPage;
import dev.gatehouse.web.page.controller.PasswordChangePage;
import dev.gatehouse.web.page.controller.PasswordResetPage;
import dev.gatehouse.web.page.controller.RegisterPage;
import dev.gatehouse.web.page.controller.ReauthenticatePage;
import dev.gatehouse.web.page.controller.SecondFactorAccountPage;
import dev.gatehouse.web.page.controller.SecondFactorPage;
import dev.gatehouse.web.page.access.RecentAuthenticationPageFilter;
import dev.gatehouse.web.page.access.SecondFactorEnrolmentPageFilter;
import dev.gatehouse.web.page.controller.SessionsPage;
import java.util.List;

/**
 * The browser pages: server-rendered Mustache views with htmx. Every component they need to be
 * registered with Jersey, so that the app and the resource tests register the same set, as
 * {@link dev.gatehouse.web.api.WebApi} does for the JSON API.
 *
 * <p>The pages are laid out by role: {@code controller} holds the resources, {@code view} the
 * Mustache views (their templates sit beside them, under the same package in the resources),
 * {@code access} the page filters and refusals. This package keeps what all of them use: layouts,
 * redirects ({@link Htmx}, {@link LocalPath}) and form refusals ({@link FormRefusal}).
 *
 * <p>Page access is checked by the page filters ({@code @SignedInPage}, {@code @PreSessionForm}),
 * not by the JSON API's {@code @Auth}, whose refusals are problem documents; both take the same
 * authentication step ({@link SessionAuthentication}) and differ only in how they refuse.
 */
public final class Pages {

    private Pages() {
    }

    public static List<Object> components(WebUseCases useCases, PageSettings settings, SessionCookie sessionCookie,
                                          CookieTokenRotation rotation) {
        Layouts layouts = new Layouts(settings.serviceName(), PageAssets.fromClasspath());
        Refusals refusals = new Refusals(sessionCookie);
        PreSessionCookie preSessionCookie = PreSessionCookie.like(sessionCookie);
        PreSessionTokens preSession = new PreSessionTokens(useCases.issuePreSessionToken(), preSessionCookie);
        SessionAuthentication authentication =
                new SessionAuthentication(useCases.authenticateSession(), rotation, sessionCookie);
        return List.of(
                new PageAccessFeature(authentication, sessionCookie, layouts, refusals,
                        new PreSessionCsrfFilter(preSessionCookie, layouts, refusals)),
                new ProblemPageFilter(layouts, authentication),
                new FlashFilter(),
                new HomePage(layouts),
                new RegisterPage(useCases.registerUser(), preSession, RegistrationCookie.like(sessionCookie), layouts,
                        settings.passwordMinLength(), useCases.passwordLogin(), sessionCookie),
                new LoginPage(useCases.passwordLogin(), sessionCookie, preSession, layouts, settings.returnToOrigins()),
                new SecondFactorPage(useCases.secondFactors().complete(), sessionCookie, preSession, layouts,
                        settings.returnToOrigins()),
                new LoginCodePage(useCases.requestSignInCode(), useCases.verifySignInCode(), sessionCookie, preSession,
                        layouts, settings.returnToOrigins(), settings.codeResendInterval()),
                new PasswordResetPage(useCases.requestPasswordReset(), useCases.confirmPasswordReset(), preSession,
                        layouts, settings.passwordMinLength(), settings.codeResendInterval()),
                new LogoutPage(useCases.logOut(), sessionCookie, settings.returnToOrigins()),
                new DashboardPage(layouts),
                new ArticlesPage(useCases.readArticle(), useCases.articleShelf(), layouts),
                new SessionsPage(useCases.listOwnSessions(), useCases.revokeOwnSession(), useCases.signOutEverywhereElse(),
                        sessionCookie, layouts, settings.idleTimeout(), settings.clock()),
                new PasswordChangePage(useCases.changePassword(), layouts, settings.passwordMinLength(), rotation),
                new AccountPage(useCases.emailChange(), useCases.passkeys(), layouts),
                new SecondFactorAccountPage(useCases.secondFactors(), layouts),
                new ReauthenticatePage(useCases.secondFactors(), layouts),
                new RecentAuthenticationPageFilter(useCases.secondFactors().reauthenticate()),
                new SecondFactorEnrolmentPageFilter(useCases.secondFactors().status()),
                new AccountDeletionPage(useCases.deleteAccount(), useCases.requestSignInCode(), sessionCookie, layouts),
                new AccountExportPage(useCases.exportAccount()),
                new AdminUsersPage(useCases.admin(), layouts),
                new AdminAuditPage(useCases.admin(), layouts));
    }
}
