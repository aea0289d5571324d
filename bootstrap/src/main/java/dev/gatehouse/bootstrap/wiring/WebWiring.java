package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.config.HttpFactory;
import dev.gatehouse.bootstrap.web.DatabaseUnavailableMapper;
import dev.gatehouse.bootstrap.wiring.CodeWiring.CodeUseCases;
import dev.gatehouse.bootstrap.wiring.PasswordAccountWiring.PasswordAccounts;
import dev.gatehouse.bootstrap.wiring.SessionWiring.SessionUseCases;
import dev.gatehouse.web.api.AdminAuditResource;
import dev.gatehouse.web.api.AdminUsersResource;
import dev.gatehouse.web.api.ArticlesResource;
import dev.gatehouse.web.api.CurrentSessionResource;
import dev.gatehouse.web.api.LoginCodesResource;
import dev.gatehouse.web.api.OpenApiResource;
import dev.gatehouse.web.api.OtherSessionsResource;
import dev.gatehouse.web.api.PasswordChangeResource;
import dev.gatehouse.web.api.PasswordResetsResource;
import dev.gatehouse.web.api.SessionsResource;
import dev.gatehouse.web.api.UsersResource;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.RotatedSessionCookieFilter;
import dev.gatehouse.web.auth.SessionAuthFilter;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.BodySizeLimitFilter;
import dev.gatehouse.web.http.ClientOriginFilter;
import dev.gatehouse.web.http.CorsFilter;
import dev.gatehouse.web.http.ProblemErrorHandler;
import dev.gatehouse.web.http.SecurityHeadersFilter;
import dev.gatehouse.web.http.StaticAssetHeadersFilter;
import dev.gatehouse.web.page.AdminUseCases;
import dev.gatehouse.web.page.PageAssets;
import dev.gatehouse.web.page.PageSettings;
import dev.gatehouse.web.page.PageUseCases;
import dev.gatehouse.web.page.Pages;
import dev.gatehouse.web.problem.ProblemMappers;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.views.common.ViewBundle;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * Wires the web adapter's two faces over the same inbound ports: the JSON API (problem+json, the
 * session cookie or a bearer token) and the browser pages (Mustache views, their static files). Each
 * use case is built once, by its slice's wiring, and served by both; the session cookie and its
 * rotation are built here, once, for both.
 */
public final class WebWiring {

    static final String WEBJARS_ON_CLASSPATH = "/META-INF/resources/webjars";

    /** The inbound ports the two faces serve, as the slices' wirings return them. */
    public record UseCases(SessionUseCases sessions, PasswordAccounts passwordAccounts, CodeUseCases codes,
                           AdminUseCases admin, ReadArticleUseCase readArticle) {
    }

    private WebWiring() {
    }

    /** The pages' view renderer and static files (htmx and Pico CSS from their webjars, our script and stylesheet). */
    public static void addBundles(Bootstrap<GatehouseConfiguration> bootstrap) {
        bootstrap.addBundle(new ViewBundle<>());
        bootstrap.addBundle(new AssetsBundle(WEBJARS_ON_CLASSPATH, StaticAssetHeadersFilter.WEBJARS_PATH, null, "webjars"));
        bootstrap.addBundle(new AssetsBundle(PageAssets.STATIC_RESOURCES, "/static/", null, "static"));
    }

    public static void register(GatehouseConfiguration configuration, Environment environment, UseCases useCases) {
        SessionCookie cookie = new SessionCookie(configuration.getSessions().secureCookies());
        CookieTokenRotation rotation = new CookieTokenRotation(useCases.sessions().rotateToken(), cookie);
        // Our problem+json mappers replace Dropwizard's, whose bodies are not RFC 9457 documents.
        if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        // What Jetty refuses before Jersey sees it is answered as a problem document too.
        environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(new ProblemErrorHandler()));
        api(environment.jersey(), configuration.getHttp(), useCases, cookie, rotation);
        pages(configuration, environment, useCases, cookie, rotation);
    }

    private static void api(JerseyEnvironment jersey, HttpFactory http, UseCases useCases, SessionCookie cookie,
                            CookieTokenRotation rotation) {
        ProblemMappers.all().forEach(jersey::register);
        jersey.register(new DatabaseUnavailableMapper());
        jersey.register(new ClientOriginFilter(http.trustedProxies()));
        jersey.register(new CorsFilter(http.corsAllowedOrigins()));
        jersey.register(new BodySizeLimitFilter(http.maxRequestBodyBytes()));
        jersey.register(new SecurityHeadersFilter(cookie.secure()));
        jersey.register(new AuthDynamicFeature(
                SessionAuthFilter.create(useCases.sessions().authenticate(), rotation, cookie)));
        jersey.register(new RotatedSessionCookieFilter(cookie));
        jersey.register(RolesAllowedDynamicFeature.class);
        jersey.register(new AuthValueFactoryProvider.Binder<>(SignedInUser.class));

        SessionUseCases sessions = useCases.sessions();
        PasswordAccounts accounts = useCases.passwordAccounts();
        CodeUseCases codes = useCases.codes();
        AdminUseCases admin = useCases.admin();
        jersey.register(new UsersResource(accounts.register()));
        jersey.register(new SessionsResource(accounts.login(), sessions.listOwn(), sessions.revokeOwn(), cookie));
        jersey.register(new CurrentSessionResource(sessions.logOut(), cookie));
        jersey.register(new OtherSessionsResource(sessions.signOutEverywhereElse()));
        jersey.register(new PasswordChangeResource(accounts.changePassword(), rotation));
        jersey.register(new OpenApiResource());
        jersey.register(new LoginCodesResource(codes.requestSignInCode(), codes.verifySignInCode(), cookie));
        jersey.register(new PasswordResetsResource(codes.requestPasswordReset(), codes.confirmPasswordReset()));
        jersey.register(new AdminUsersResource(
                admin.listUsers(), admin.setRoles(), admin.disableUser(), admin.enableUser(), admin.signOutEverywhere()));
        jersey.register(new AdminAuditResource(admin.listAuditEvents()));
        jersey.register(new ArticlesResource(useCases.readArticle()));
    }

    private static void pages(GatehouseConfiguration configuration, Environment environment, UseCases useCases,
                              SessionCookie cookie, CookieTokenRotation rotation) {
        SessionUseCases sessions = useCases.sessions();
        PasswordAccounts accounts = useCases.passwordAccounts();
        CodeUseCases codes = useCases.codes();
        PageUseCases pageUseCases = new PageUseCases(accounts.register(), accounts.login(), sessions.authenticate(),
                sessions.logOut(), sessions.listOwn(), sessions.revokeOwn(), sessions.issuePreSessionToken(),
                codes.requestSignInCode(), codes.verifySignInCode(), codes.requestPasswordReset(),
                codes.confirmPasswordReset(), sessions.signOutEverywhereElse(), accounts.changePassword(),
                useCases.admin(), useCases.readArticle());
        PageSettings settings = new PageSettings(configuration.getServiceName(), accounts.policy().minLength());
        Pages.components(pageUseCases, settings, cookie, rotation).forEach(environment.jersey()::register);
        environment.servlets().addFilter("static-asset-headers", new StaticAssetHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/webjars/*", "/static/*");
    }
}
