package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.config.HttpFactory;
import dev.gatehouse.bootstrap.web.DatabaseUnavailableMapper;
import dev.gatehouse.bootstrap.wiring.AccountDataWiring.AccountDataUseCases;
import dev.gatehouse.bootstrap.wiring.CodeWiring.CodeUseCases;
import dev.gatehouse.bootstrap.wiring.PasswordAccountWiring.PasswordAccounts;
import dev.gatehouse.bootstrap.wiring.SessionWiring.SessionUseCases;
import dev.gatehouse.web.AdminUseCases;
import dev.gatehouse.web.EmailChangeUseCases;
import dev.gatehouse.web.SecondFactorUseCases;
import dev.gatehouse.web.PasskeyUseCases;
import dev.gatehouse.web.WebUseCases;
import dev.gatehouse.web.api.ApiSettings;
import dev.gatehouse.web.api.ForwardAuthSettings;
import dev.gatehouse.web.api.WebApi;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.http.ProblemErrorHandler;
import dev.gatehouse.web.http.StaticAssetHeadersFilter;
import dev.gatehouse.web.page.PageAssets;
import dev.gatehouse.web.page.PageSettings;
import dev.gatehouse.web.page.Pages;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.views.common.ViewBundle;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;

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
                           EmailChangeUseCases emailChange, AccountDataUseCases accountData, AdminUseCases admin,
                           ArticleWiring.ArticleUseCases articles, SecondFactorUseCases secondFactors,
                           PasskeyUseCases passkeys) {
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
        SessionCookie cookie = new SessionCookie(configuration.getSessions().secureCookies(),
                configuration.getSessions().cookieDomain());
        CookieTokenRotation rotation = new CookieTokenRotation(useCases.sessions().rotateToken(), cookie);
        // Our problem+json mappers replace Dropwizard's, whose bodies are not RFC 9457 documents.
        if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        // What Jetty refuses before Jersey sees it is answered as a problem document too.
        environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(new ProblemErrorHandler()));
        WebUseCases both = webUseCases(useCases);
        ForwardAuthSettings forwardAuth = configuration.getForwardAuth().settings(configuration.getHttp().returnToOrigins());
        api(environment.jersey(), configuration.getHttp(), forwardAuth, both, cookie, rotation);
        pages(configuration, environment, both, useCases.passwordAccounts(), cookie, rotation);
    }

    /** The inbound ports as the web adapter takes them, one record for both faces. */
    private static WebUseCases webUseCases(UseCases useCases) {
        SessionUseCases sessions = useCases.sessions();
        PasswordAccounts accounts = useCases.passwordAccounts();
        CodeUseCases codes = useCases.codes();
        return new WebUseCases(accounts.register(), accounts.login(), sessions.authenticate(),
                sessions.logOut(), sessions.listOwn(), sessions.revokeOwn(), sessions.issuePreSessionToken(),
                codes.requestSignInCode(), codes.verifySignInCode(), codes.requestPasswordReset(),
                codes.confirmPasswordReset(), sessions.signOutEverywhereElse(), accounts.changePassword(),
                useCases.emailChange(), useCases.accountData().delete(), useCases.accountData().export(),
                useCases.admin(), useCases.articles().read(), useCases.secondFactors(), useCases.passkeys(),
                useCases.articles().shelf());
    }

    private static void api(JerseyEnvironment jersey, HttpFactory http, ForwardAuthSettings forwardAuth,
                            WebUseCases useCases, SessionCookie cookie, CookieTokenRotation rotation) {
        ApiSettings settings = new ApiSettings(http.trustedProxies(), http.corsAllowedOrigins(), http.maxRequestBodyBytes());
        WebApi.components(useCases, settings, forwardAuth, cookie, rotation).forEach(jersey::register);
        jersey.register(new DatabaseUnavailableMapper());
    }

    private static void pages(GatehouseConfiguration configuration, Environment environment, WebUseCases useCases,
                              PasswordAccounts accounts, SessionCookie cookie, CookieTokenRotation rotation) {
        PageSettings settings = new PageSettings(configuration.getServiceName(), accounts.policy().minLength(),
                configuration.getHttp().returnToOrigins(), configuration.getSessions().lifetime().idleTimeout(),
                configuration.getCodes().rules().resendInterval(), Clock.systemUTC());
        Pages.components(useCases, settings, cookie, rotation).forEach(environment.jersey()::register);
        environment.servlets().addFilter("static-asset-headers", new StaticAssetHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/webjars/*", "/static/*");
    }
}
