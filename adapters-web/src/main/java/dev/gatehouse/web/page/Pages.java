package dev.gatehouse.web.page;

import dev.gatehouse.web.WebUseCases;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.PreSessionCookie;
import dev.gatehouse.web.auth.SessionAuthentication;
import dev.gatehouse.web.auth.SessionCookie;
import java.util.List;

/**
 * The browser pages: server-rendered Mustache views with htmx. Every component they need to be
 * registered with Jersey, so that the app and the resource tests register the same set.
 *
 * <p>Page access is checked by the page filters ({@link SignedInPage}, {@link PreSessionForm}), not
 * by the JSON API's {@code @Auth}, whose refusals are problem documents; see
 * {@link SignedInPageFilter} for why and what is shared.
 */
public final class Pages {

    static final String HTML = "text/html;charset=UTF-8";

    private Pages() {
    }

    public static List<Object> components(WebUseCases useCases, PageSettings settings, SessionCookie sessionCookie,
                                          CookieTokenRotation rotation) {
        Layouts layouts = new Layouts(settings.serviceName(), PageAssets.fromClasspath());
        Refusals refusals = new Refusals(sessionCookie);
        PreSessionCookie preSessionCookie = PreSessionCookie.like(sessionCookie);
        PreSessionTokens preSession = new PreSessionTokens(useCases.issuePreSessionToken(), preSessionCookie);
        return List.of(
                new PageAccessFeature(new SessionAuthentication(useCases.authenticateSession(), rotation, sessionCookie),
                        sessionCookie, layouts, refusals,
                        new PreSessionCsrfFilter(preSessionCookie, layouts, refusals)),
                new ProblemPageFilter(layouts),
                new HomePage(layouts),
                new RegisterPage(useCases.registerUser(), preSession, layouts, settings.passwordMinLength()),
                new LoginPage(useCases.passwordLogin(), sessionCookie, preSession, layouts),
                new LoginCodePage(useCases.requestSignInCode(), useCases.verifySignInCode(), sessionCookie, preSession,
                        layouts),
                new PasswordResetPage(useCases.requestPasswordReset(), useCases.confirmPasswordReset(), preSession,
                        layouts, settings.passwordMinLength()),
                new LogoutPage(useCases.logOut(), sessionCookie),
                new DashboardPage(layouts),
                new ArticlesPage(useCases.readArticle(), layouts),
                new SessionsPage(useCases.listOwnSessions(), useCases.revokeOwnSession(), useCases.signOutEverywhereElse(),
                        sessionCookie, layouts),
                new PasswordChangePage(useCases.changePassword(), layouts, settings.passwordMinLength(), rotation),
                new AdminUsersPage(useCases.admin(), layouts),
                new AdminAuditPage(useCases.admin(), layouts));
    }
}
