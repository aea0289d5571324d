package dev.gatehouse.bootstrap;

import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.bootstrap.config.ArticlesFactory;
import dev.gatehouse.bootstrap.config.BootstrapAdminFactory;
import dev.gatehouse.bootstrap.config.CodesFactory;
import dev.gatehouse.bootstrap.config.EmbeddedDatabaseFactory;
import dev.gatehouse.bootstrap.config.ForwardAuthFactory;
import dev.gatehouse.bootstrap.config.HttpFactory;
import dev.gatehouse.bootstrap.config.MailFactory;
import dev.gatehouse.bootstrap.config.MaintenanceFactory;
import dev.gatehouse.bootstrap.config.MfaFactory;
import dev.gatehouse.bootstrap.config.NotificationsFactory;
import dev.gatehouse.bootstrap.config.SecurityFactory;
import dev.gatehouse.bootstrap.config.PasskeysFactory;
import dev.gatehouse.bootstrap.config.PasswordsFactory;
import dev.gatehouse.bootstrap.config.RegistrationFactory;
import dev.gatehouse.bootstrap.config.SessionsFactory;
import dev.gatehouse.bootstrap.config.ThrottlingFactory;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything operators can set. It stays in bootstrap: the application receives small settings
 * records built from it, never this object.
 */
public class GatehouseConfiguration extends Configuration {

    /** Connector/J properties, in milliseconds: opening a connection, and waiting for any answer. */
    /**
     * A row lock is waited for 5 s at most (MySQL's default is 50 s, longer than the socket timeout):
     * no request should queue that long behind another, and a lock wait that ends in error 1205 is
     * retried as a deadlock is, where a socket timeout would only be a 503.
     */
    private static final Map<String, String> DRIVER_DEFAULTS = Map.of("connectTimeout", "2000", "socketTimeout", "30000",
            "sessionVariables", "innodb_lock_wait_timeout=5");

    /** Merged, not replaced, so a config that sets only pool sizes keeps the MySQL driver and URL defaults. */
    @Valid
    @NotNull
    @JsonProperty
    @JsonMerge
    private DataSourceFactory database = defaultDataSource();

    @Valid
    @NotNull
    @JsonProperty
    private EmbeddedDatabaseFactory embeddedDatabase = new EmbeddedDatabaseFactory();

    /** Apply the Liquibase changelog when the server starts (convenient in development). */
    @JsonProperty
    private boolean migrateOnStart = false;

    @Valid
    @NotNull
    @JsonProperty
    private SessionsFactory sessions = new SessionsFactory();

    @Valid
    @NotNull
    @JsonProperty
    private PasswordsFactory passwords = new PasswordsFactory();

    @Valid
    @NotNull
    @JsonProperty
    private HttpFactory http = new HttpFactory();

    @Valid
    @NotNull
    @JsonProperty
    private CodesFactory codes = new CodesFactory();

    @Valid
    @NotNull
    @JsonProperty
    private ForwardAuthFactory forwardAuth = new ForwardAuthFactory();

    @Valid
    @NotNull
    @JsonProperty
    private MailFactory mail = new MailFactory();

    @Valid
    @NotNull
    @JsonProperty
    private MaintenanceFactory maintenance = new MaintenanceFactory();

    @Valid
    @NotNull
    @JsonProperty
    private ThrottlingFactory throttling = new ThrottlingFactory();

    @Valid
    @NotNull
    @JsonProperty
    private ArticlesFactory articles = new ArticlesFactory();

    @Valid
    @NotNull
    @JsonProperty
    private NotificationsFactory notifications = new NotificationsFactory();

    @Valid
    @NotNull
    @JsonProperty
    private MfaFactory mfa = new MfaFactory();

    @Valid
    @NotNull
    @JsonProperty
    private SecurityFactory security = new SecurityFactory();

    @Valid
    @NotNull
    @JsonProperty
    private PasskeysFactory passkeys = new PasskeysFactory();
    private RegistrationFactory registration = new RegistrationFactory();

    @Valid
    @NotNull
    @JsonProperty
    private BootstrapAdminFactory bootstrapAdmin = new BootstrapAdminFactory();

    /** Shown to people, and refused as part of a password. */
    @NotBlank
    @JsonProperty
    private String serviceName = "Gatehouse";

    /**
     * Besides the driver and URL, bounds on every wait, so that a database that is down or out of
     * reach makes requests fail fast (answered 503) instead of hanging: at most
     * {@code maxWaitForConnection} for a pooled connection, {@code connectTimeout} to open one and
     * {@code socketTimeout} for any answer (Connector/J properties, in milliseconds). A borrowed
     * connection is validated when its last check is older than {@code validationInterval}, so
     * connections broken by a database restart are replaced within about a second.
     */
    private static DataSourceFactory defaultDataSource() {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("com.mysql.cj.jdbc.Driver");
        factory.setUrl("jdbc:mysql://localhost:3306/gatehouse");
        factory.setMaxWaitForConnection(Duration.seconds(1));
        factory.setCheckConnectionOnBorrow(true);
        factory.setValidationInterval(Duration.seconds(1));
        factory.setValidationQueryTimeout(Duration.seconds(2));
        factory.setProperties(new HashMap<>(DRIVER_DEFAULTS));
        return factory;
    }

    public DataSourceFactory getDataSourceFactory() {
        // Jackson replaces the properties map when the configuration has one; the defaults are
        // added back here, so setting one driver property does not silently drop the timeouts.
        Map<String, String> properties = new HashMap<>(database.getProperties());
        DRIVER_DEFAULTS.forEach(properties::putIfAbsent);
        database.setProperties(properties);
        return database;
    }

    public EmbeddedDatabaseFactory getEmbeddedDatabase() {
        return embeddedDatabase;
    }

    public boolean isMigrateOnStart() {
        return migrateOnStart;
    }

    public RegistrationFactory getRegistration() {
        return registration;
    }

    public BootstrapAdminFactory getBootstrapAdmin() {
        return bootstrapAdmin;
    }

    public ArticlesFactory getArticles() {
        return articles;
    }

    public SessionsFactory getSessions() {
        return sessions;
    }

    public PasswordsFactory getPasswords() {
        return passwords;
    }

    public HttpFactory getHttp() {
        return http;
    }

    public ForwardAuthFactory getForwardAuth() {
        return forwardAuth;
    }

    public CodesFactory getCodes() {
        return codes;
    }

    public MailFactory getMail() {
        return mail;
    }

    public ThrottlingFactory getThrottling() {
        return throttling;
    }

    public MaintenanceFactory getMaintenance() {
        return maintenance;
    }

    public NotificationsFactory getNotifications() {
        return notifications;
    }

    public PasskeysFactory getPasskeys() {
        return passkeys;
    }

    public String getServiceName() {
        return serviceName;
    }

    public MfaFactory getMfa() {
        return mfa;
    }

    public SecurityFactory getSecurity() {
        return security;
    }
}
