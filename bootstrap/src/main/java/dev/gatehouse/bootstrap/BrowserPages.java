package dev.gatehouse.bootstrap;

import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.account.RegisterUserService;
import dev.gatehouse.application.service.session.IssuePreSessionTokenService;
import dev.gatehouse.application.service.session.ListOwnSessionsService;
import dev.gatehouse.application.service.session.LogOutService;
import dev.gatehouse.application.service.session.PasswordLoginService;
import dev.gatehouse.application.service.session.RevokeOwnSessionService;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.persistence.credentials.SecureRandomTokens;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.http.StaticAssetHeadersFilter;
import dev.gatehouse.web.page.PageAssets;
import dev.gatehouse.web.page.PageSettings;
import dev.gatehouse.web.page.PageUseCases;
import dev.gatehouse.web.page.Pages;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.views.common.ViewBundle;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;

/**
 * Wires the browser pages: the Mustache view renderer, the static files (htmx and Pico CSS from
 * their webjars, our own script and stylesheet), and the page resources over the same ports the
 * JSON API uses. The services are stateless, so the pages' instances behave exactly as the API's.
 */
final class BrowserPages {

    static final String WEBJARS_ON_CLASSPATH = "/META-INF/resources/webjars";

    private BrowserPages() {
    }

    /** What the pages share with the rest of the composition root. */
    record Shared(Users users, Sessions sessions, SecureRandomTokens random, PasswordHasher passwordHasher,
                  PasswordPolicy passwordPolicy, SessionStarter sessionStarter,
                  AuthenticateSessionUseCase authenticateSession, SessionLifetime lifetime, SessionCookie cookie,
                  Clock clock) {
    }

    static void addBundles(Bootstrap<GatehouseConfiguration> bootstrap) {
        bootstrap.addBundle(new ViewBundle<>());
        bootstrap.addBundle(new AssetsBundle(WEBJARS_ON_CLASSPATH, StaticAssetHeadersFilter.WEBJARS_PATH, null, "webjars"));
        bootstrap.addBundle(new AssetsBundle(PageAssets.STATIC_RESOURCES, "/static/", null, "static"));
    }

    static void wire(GatehouseConfiguration configuration, Environment environment, Shared shared,
                     CodeSignInWiring.CodeUseCases codes) {
        PageUseCases useCases = new PageUseCases(
                new RegisterUserService(shared.users(), shared.passwordHasher(), shared.passwordPolicy(), shared.random(),
                        shared.clock()),
                new PasswordLoginService(shared.users(), shared.passwordHasher(), shared.sessionStarter(), shared.clock()),
                shared.authenticateSession(),
                new LogOutService(shared.sessions()),
                new ListOwnSessionsService(shared.sessions(), shared.lifetime(), shared.clock()),
                new RevokeOwnSessionService(shared.sessions()),
                new IssuePreSessionTokenService(shared.random()),
                codes.requestSignInCode(),
                codes.verifySignInCode(),
                codes.requestPasswordReset(),
                codes.confirmPasswordReset());
        PageSettings settings = new PageSettings(configuration.getServiceName(), shared.passwordPolicy().minLength());
        Pages.components(useCases, settings, shared.cookie()).forEach(environment.jersey()::register);
        environment.servlets().addFilter("static-asset-headers", new StaticAssetHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/webjars/*", "/static/*");
    }
}
