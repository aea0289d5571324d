package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.web.auth.CookieTokenRotation;
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

    static void addBundles(Bootstrap<GatehouseConfiguration> bootstrap) {
        bootstrap.addBundle(new ViewBundle<>());
        bootstrap.addBundle(new AssetsBundle(WEBJARS_ON_CLASSPATH, StaticAssetHeadersFilter.WEBJARS_PATH, null, "webjars"));
        bootstrap.addBundle(new AssetsBundle(PageAssets.STATIC_RESOURCES, "/static/", null, "static"));
    }

    static void wire(GatehouseConfiguration configuration, Environment environment, PageUseCases useCases,
                     PasswordPolicy passwordPolicy, SessionCookie cookie, CookieTokenRotation rotation) {
        PageSettings settings = new PageSettings(configuration.getServiceName(), passwordPolicy.minLength());
        Pages.components(useCases, settings, cookie, rotation).forEach(environment.jersey()::register);
        environment.servlets().addFilter("static-asset-headers", new StaticAssetHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/webjars/*", "/static/*");
    }
}
