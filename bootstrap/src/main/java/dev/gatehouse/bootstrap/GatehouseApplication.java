package dev.gatehouse.bootstrap;

import dev.gatehouse.application.port.in.account.ChangePasswordUseCase;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.in.session.PasswordLoginUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.service.account.ChangePasswordService;
import dev.gatehouse.application.service.account.RegisterUserService;
import dev.gatehouse.application.service.article.ReadArticleService;
import dev.gatehouse.application.service.session.AuthenticateSessionService;
import dev.gatehouse.application.service.session.IssuePreSessionTokenService;
import dev.gatehouse.application.service.session.ListOwnSessionsService;
import dev.gatehouse.application.service.session.LogOutService;
import dev.gatehouse.application.service.session.PasswordLoginService;
import dev.gatehouse.application.service.session.RevokeOwnSessionService;
import dev.gatehouse.application.service.session.RotateSessionTokenService;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.application.service.session.SignOutEverywhereElseService;
import dev.gatehouse.application.service.throttle.Throttle;
import dev.gatehouse.application.service.throttle.ThrottledPasswordChange;
import dev.gatehouse.application.service.throttle.ThrottledPasswordLogin;
import dev.gatehouse.application.service.throttle.ThrottledRegistration;
import dev.gatehouse.bootstrap.demo.DemoArticles;
import dev.gatehouse.bootstrap.observability.Observability;
import dev.gatehouse.crypto.Argon2idPasswordHasher;
import dev.gatehouse.crypto.ConcurrencyLimitedPasswordHasher;
import dev.gatehouse.crypto.HmacDeviceTokens;
import dev.gatehouse.crypto.SecureRandomTokens;
import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.TokenRotation;
import dev.gatehouse.persistence.DeferredLastSeenSessions;
import dev.gatehouse.persistence.JdbiAttemptCounters;
import dev.gatehouse.persistence.JdbiAuditTrail;
import dev.gatehouse.persistence.JdbiSessionData;
import dev.gatehouse.persistence.JdbiSessions;
import dev.gatehouse.persistence.JdbiSettings;
import dev.gatehouse.persistence.JdbiTransactionRunner;
import dev.gatehouse.persistence.JdbiUsers;
import dev.gatehouse.persistence.RetryingTransactionHandler;
import dev.gatehouse.web.api.ArticlesResource;
import dev.gatehouse.web.api.CurrentSessionResource;
import dev.gatehouse.web.api.OpenApiResource;
import dev.gatehouse.web.api.OtherSessionsResource;
import dev.gatehouse.web.api.PasswordChangeResource;
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
import dev.gatehouse.web.page.AdminUseCases;
import dev.gatehouse.web.page.PageUseCases;
import dev.gatehouse.web.problem.ProblemMappers;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.dropwizard.migrations.MigrationsBundle;
import java.time.Clock;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: adapters, then services, then resources, all by constructor. */
public class GatehouseApplication extends Application<GatehouseConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(GatehouseApplication.class);

    private final EmbeddedDatabaseLauncher embeddedDatabase = new EmbeddedDatabaseLauncher();

    public static void main(String[] args) throws Exception {
        GatehouseApplication application = new GatehouseApplication();
        application.run(args);
        if (!startsServer(args)) {
            // A finished command (db migrate, create-admin, ...) leaves the embedded database's process
            // threads running, which would keep the JVM alive; the server stops it with its lifecycle.
            application.embeddedDatabase.stop();
        }
    }

    private static boolean startsServer(String[] args) {
        return args.length > 0 && args[0].equals("server");
    }

    @Override
    public String getName() {
        return "gatehouse";
    }

    @Override
    public void initialize(Bootstrap<GatehouseConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
        bootstrap.addBundle(new MigrationsBundle<>() {
            @Override
            public DataSourceFactory getDataSourceFactory(GatehouseConfiguration configuration) {
                return embeddedDatabase.prepare(configuration);
            }

            @Override
            public String getMigrationsFileName() {
                return DatabaseMigrator.CHANGELOG;
            }
        });
        BrowserPages.addBundles(bootstrap);
        bootstrap.addCommand(new CreateAdminCommand());
    }

    @Override
    public void run(GatehouseConfiguration configuration, Environment environment) throws Exception {
        long started = System.nanoTime();
        DataSourceFactory dataSource = StatementCacheDefaults.applyTo(embeddedDatabase.prepare(configuration));
        environment.lifecycle().manage(embeddedDatabase);
        if (configuration.isMigrateOnStart()) {
            DatabaseMigrator.migrate(dataSource);
        }
        Jdbi jdbi = JdbiSettings.applyTo(new JdbiFactory().build(environment, dataSource, "database"));
        // Every transaction, the repositories' own included, is run again after a deadlock or lock wait timeout.
        RetryingTransactionHandler retryingTransactions = RetryingTransactionHandler.installOn(jdbi);

        Clock clock = Clock.systemUTC();
        Observability observability = new Observability(environment.metrics());
        observability.watchTransactionRetries(retryingTransactions::retries);
        Observability.tagRequests(environment, configuration.getServerFactory());
        SessionLifetime lifetime = configuration.getSessions().lifetime();
        JdbiUsers users = new JdbiUsers(jdbi);
        // Last-seen marks are written in batches, off the request path (the session check's largest cost).
        DeferredLastSeenSessions deferredLastSeen = new DeferredLastSeenSessions(new JdbiSessions(jdbi));
        environment.lifecycle().manage(new LastSeenFlushing(deferredLastSeen));
        Sessions sessions = observability.metered(deferredLastSeen);
        TransactionRunner transactions = new JdbiTransactionRunner(jdbi);
        SecureRandomTokens random = new SecureRandomTokens();
        PasswordHasher hasher = new ConcurrencyLimitedPasswordHasher(
                observability.timed(new Argon2idPasswordHasher(configuration.getPasswords().argon2())),
                configuration.getPasswords().maxConcurrentHashes(),
                configuration.getPasswords().maxHashWait());
        PasswordPolicy policy = new PasswordPolicy(
                configuration.getPasswords().minLength(), CommonPasswords.bundled(), configuration.getServiceName());

        AuditTrail audit = observability.metered(new FailSafeAuditTrail(new JdbiAuditTrail(jdbi), environment.metrics()));
        byte[] secretKey = CodeSignInWiring.secretKey(configuration.getCodes());
        DeviceTokens devices = new HmacDeviceTokens(secretKey, configuration.getThrottling().recognisedBrowserLifetime());
        SessionStarter sessionStarter = new SessionStarter(users, sessions, random, random, lifetime, transactions, audit,
                devices);
        TokenRotation rotation = configuration.getSessions().tokenRotation();
        AuthenticateSessionUseCase authenticateSession = new AuthenticateSessionService(
                sessions, lifetime, rotation, configuration.getSessions().lastSeenResolution(), audit, clock);

        SessionCookie cookie = new SessionCookie(configuration.getSessions().secureCookies());
        CookieTokenRotation cookieRotation =
                new CookieTokenRotation(new RotateSessionTokenService(sessions, random, rotation, clock), cookie);
        JerseyEnvironment jersey = environment.jersey();
        // Our problem+json mappers replace Dropwizard's, whose bodies are not RFC 9457 documents.
        if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        ProblemMappers.all().forEach(jersey::register);
        jersey.register(new DatabaseUnavailableMapper());
        jersey.register(new ClientOriginFilter(configuration.getHttp().trustedProxies()));
        jersey.register(new CorsFilter(configuration.getHttp().corsAllowedOrigins()));
        jersey.register(new BodySizeLimitFilter(configuration.getHttp().maxRequestBodyBytes()));
        // What Jetty refuses before Jersey sees it is answered as a problem document too.
        environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(new ProblemErrorHandler()));
        jersey.register(new SecurityHeadersFilter(cookie.secure()));
        jersey.register(new AuthDynamicFeature(SessionAuthFilter.create(authenticateSession, cookieRotation, cookie)));
        jersey.register(new RotatedSessionCookieFilter(cookie));
        jersey.register(RolesAllowedDynamicFeature.class);
        jersey.register(new AuthValueFactoryProvider.Binder<>(SignedInUser.class));

        // Each use case is built once and served by both the JSON API and the pages.
        // Guessing and costly requests are throttled in front of the use cases; the counts live in MySQL.
        Throttle throttle = new Throttle(new JdbiAttemptCounters(jdbi), configuration.getThrottling().policies());
        RegisterUserUseCase registerUser = new ThrottledRegistration(
                new RegisterUserService(users, hasher, policy, random, audit, clock), throttle, clock);
        PasswordLoginUseCase passwordLogin = new ThrottledPasswordLogin(
                new PasswordLoginService(users, hasher, sessionStarter, audit, clock), throttle, devices, audit, clock);
        LogOutService logOut = new LogOutService(sessions, audit, clock);
        ListOwnSessionsService listOwnSessions = new ListOwnSessionsService(sessions, lifetime, clock);
        RevokeOwnSessionService revokeOwnSession = new RevokeOwnSessionService(sessions, audit, clock);
        jersey.register(new UsersResource(registerUser));
        jersey.register(new SessionsResource(passwordLogin, listOwnSessions, revokeOwnSession, cookie));
        jersey.register(new CurrentSessionResource(logOut, cookie));
        SignOutEverywhereElseService signOutEverywhereElse = new SignOutEverywhereElseService(sessions, audit, clock);
        ChangePasswordUseCase changePassword = new ThrottledPasswordChange(
                new ChangePasswordService(users, sessions, hasher, policy, transactions, audit, clock), throttle, audit, clock);
        jersey.register(new OtherSessionsResource(signOutEverywhereElse));
        jersey.register(new PasswordChangeResource(changePassword, cookieRotation));
        jersey.register(new OpenApiResource());
        CodeSignInWiring.CodeUseCases codes = CodeSignInWiring.wire(configuration, environment,
                new CodeSignInWiring.Shared(jdbi, users, sessions, transactions, random, hasher, policy,
                        sessionStarter, lifetime, cookie, audit, throttle, devices, secretKey, clock));
        AdminUseCases admin = AdminWiring.wire(environment, users, sessions, transactions, audit, clock);
        // The metered-article example: per-session state kept through the SessionData port.
        ReadArticleUseCase readArticle = new ReadArticleService(new DemoArticles(), new JdbiSessionData(jdbi),
                configuration.getArticles().freeReadsPerSession());
        jersey.register(new ArticlesResource(readArticle));
        BrowserPages.wire(configuration, environment, new PageUseCases(registerUser, passwordLogin,
                authenticateSession, logOut, listOwnSessions, revokeOwnSession, new IssuePreSessionTokenService(random),
                codes.requestSignInCode(), codes.verifySignInCode(), codes.requestPasswordReset(),
                codes.confirmPasswordReset(), signOutEverywhereElse, changePassword, admin, readArticle), policy, cookie,
                cookieRotation);

        LOG.info("Gatehouse wired in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
