package dev.gatehouse.web.api;

import dev.gatehouse.web.AdminUseCases;
import dev.gatehouse.web.SecondFactorUseCases;
import dev.gatehouse.web.auth.RecentAuthenticationFilter;
import dev.gatehouse.web.auth.SecondFactorEnrolmentFilter;
import dev.gatehouse.web.WebUseCases;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.RotatedSessionCookieFilter;
import dev.gatehouse.web.auth.SessionAuthFilter;
import dev.gatehouse.web.auth.SessionAuthentication;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.BodySizeLimitFilter;
import dev.gatehouse.web.http.ClientOriginFilter;
import dev.gatehouse.web.http.CorsFilter;
import dev.gatehouse.web.http.SecurityHeadersFilter;
import dev.gatehouse.web.problem.ProblemMappers;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * The JSON API: every component it needs registered with Jersey (the problem mappers, the request
 * filters, the session authentication behind {@code @Auth} and {@code @RolesAllowed}, the
 * resources), so that the app and the resource tests register the same set, as {@code Pages} does
 * for the browser pages. The filters answer every request, pages included.
 */
public final class WebApi {

    private WebApi() {
    }

    public static List<Object> components(WebUseCases useCases, ApiSettings settings, SessionCookie cookie,
                                          CookieTokenRotation rotation) {
        return components(useCases, settings, ForwardAuthSettings.none(), cookie, rotation);
    }

    public static List<Object> components(WebUseCases useCases, ApiSettings settings, ForwardAuthSettings forwardAuth,
                                          SessionCookie cookie, CookieTokenRotation rotation) {
        List<Object> components = new ArrayList<>(ProblemMappers.all());
        components.addAll(filters(settings, forwardAuth, cookie));
        SessionAuthentication authentication = new SessionAuthentication(useCases.authenticateSession(), rotation, cookie);
        components.addAll(authentication(authentication, cookie));
        components.addAll(secondFactorChecks(useCases.secondFactors()));
        components.addAll(resources(useCases, cookie, rotation));
        components.add(new ForwardAuthResource(authentication, settings.trustedProxies(), forwardAuth));
        return List.copyOf(components);
    }

    /** Where a request comes from, whether it may come from there, how large it may be, and the security headers. */
    public static List<Object> filters(ApiSettings settings, SessionCookie cookie) {
        return filters(settings, ForwardAuthSettings.none(), cookie);
    }

    /** As {@link #filters(ApiSettings, SessionCookie)}, with the apps' pages let through the Origin check. */
    public static List<Object> filters(ApiSettings settings, ForwardAuthSettings forwardAuth, SessionCookie cookie) {
        return List.of(
                new ClientOriginFilter(settings.trustedProxies()),
                new CorsFilter(settings.corsAllowedOrigins(), forwardAuth.returnToOrigins()),
                new BodySizeLimitFilter(settings.maxRequestBodyBytes()),
                new SecurityHeadersFilter(cookie.secure()));
    }

    /** Who the request is ({@code @Auth}), what they may do ({@code @RolesAllowed}), and a rotated token's cookie. */
    public static List<Object> authentication(SessionAuthentication authentication, SessionCookie cookie) {
        return List.of(
                new AuthDynamicFeature(new SessionAuthFilter(authentication)),
                new RotatedSessionCookieFilter(cookie),
                new RolesAllowedDynamicFeature(),
                new AuthValueFactoryProvider.Binder<>(SignedInUser.class));
    }

    /** Sudo mode on the sensitive actions, and the enrolment that {@code mfa.requiredForRoles} asks first. */
    public static List<Object> secondFactorChecks(SecondFactorUseCases secondFactors) {
        return List.of(
                new RecentAuthenticationFilter(secondFactors.reauthenticate()),
                new SecondFactorEnrolmentFilter(secondFactors.status()));
    }

    public static List<Object> resources(WebUseCases useCases, SessionCookie cookie, CookieTokenRotation rotation) {
        AdminUseCases admin = useCases.admin();
        SecondFactorUseCases secondFactors = useCases.secondFactors();
        SignInAnswers answers = new SignInAnswers(cookie, secondFactors.status());
        return List.of(
                new UsersResource(useCases.registerUser()),
                new SessionsResource(useCases.passwordLogin(), useCases.listOwnSessions(), useCases.revokeOwnSession(),
                        cookie, answers),
                new SecondFactorResource(secondFactors.complete(), cookie, answers),
                new TotpResource(secondFactors.enrol(), secondFactors.remove()),
                new ReauthenticationResource(secondFactors.reauthenticate()),
                new CurrentSessionResource(useCases.logOut(), cookie),
                new OtherSessionsResource(useCases.signOutEverywhereElse()),
                new PasswordChangeResource(useCases.changePassword(), rotation),
                new EmailChangeResource(useCases.emailChange()),
                new OwnAccountResource(useCases.deleteAccount(), useCases.exportAccount(), cookie),
                new OpenApiResource(),
                new ApiDocsResource(),
                new LoginCodesResource(useCases.requestSignInCode(), useCases.verifySignInCode(), cookie, answers),
                new PasswordResetsResource(useCases.requestPasswordReset(), useCases.confirmPasswordReset()),
                new AdminUsersResource(admin.listUsers(), admin.setRoles(), admin.disableUser(), admin.enableUser(),
                        admin.signOutEverywhere()),
                new AdminAuditResource(admin.listAuditEvents()),
                new ArticlesResource(useCases.readArticle()),
                new PasskeysResource(useCases.passkeys()),
                new PasskeySessionsResource(useCases.passkeys(), cookie, answers));
    }
}
