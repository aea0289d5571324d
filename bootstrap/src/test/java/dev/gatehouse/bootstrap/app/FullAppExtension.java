package dev.gatehouse.bootstrap.app;

import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.persistence.testing.TestDatabase;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole app for one test class: real HTTP on random ports, over a database of the class's own
 * (empty at first; the app migrates it as on a first start), and with {@link #withMail()} a real
 * SMTP server it mails through. One extension in one static field, so the database and the mail
 * server always exist before the app that reads their addresses starts, and outlive it:
 * <pre>
 * &#64;RegisterExtension
 * static final FullAppExtension APP = new FullAppExtension(ConfigOverride.config("...", "...")).withMail();
 * </pre>
 * Tests that start apps themselves (two nodes, a graceful stop, a database that goes away) build
 * them with {@link TestApps#on}.
 */
public final class FullAppExtension implements BeforeAllCallback, AfterAllCallback {

    private final TestDatabaseExtension database = TestDatabaseExtension.emptySchema();
    private final List<ConfigOverride> overrides = new ArrayList<>();
    private TestSmtp mail;
    private DropwizardAppExtension<GatehouseConfiguration> app;
    private TestHttpClient api;

    /** @param overrides what the class changes in {@code test-app.yml} (shorter durations, mostly) */
    public FullAppExtension(ConfigOverride... overrides) {
        this.overrides.addAll(List.of(overrides));
    }

    /**
     * The app mails through a {@link TestSmtp} started before it and stopped after it. A setting the
     * constructor was given wins over the mail server's: Dropwizard applies overrides in no fixed
     * order, so the mail server's version of that setting is left out rather than put first.
     */
    public FullAppExtension withMail() {
        mail = new TestSmtp();
        Set<String> given = keysOf(overrides);
        mail.settings().forEach((key, value) -> {
            if (!given.contains(key)) {
                overrides.add(ConfigOverride.config(key, value));
            }
        });
        return this;
    }

    /** The configuration keys the overrides set, read off the system properties they set ({@code dw.<key>}). */
    private static Set<String> keysOf(List<ConfigOverride> overrides) {
        Set<String> keys = new HashSet<>();
        for (ConfigOverride override : overrides) {
            Set<String> before = System.getProperties().stringPropertyNames();
            override.addToSystemProperties();
            Set<String> set = new HashSet<>(System.getProperties().stringPropertyNames());
            override.removeFromSystemProperties();
            set.removeAll(before);
            set.forEach(property -> keys.add(property.startsWith("dw.") ? property.substring(3) : property));
        }
        return keys;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database.beforeAll(context);
        if (mail != null) {
            mail.start();
        }
        app = TestApps.on(database, overrides.toArray(ConfigOverride[]::new));
        app.before();
        api = new TestHttpClient(app.getLocalPort()).provingAddresses(addressProver());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (app != null) {
                app.after();
            }
        } finally {
            if (mail != null) {
                mail.stop();
            }
        }
    }

    /** How this app's test registrations prove their address: by its mail where a test can read it. */
    public TestHttpClient.AddressProver addressProver() {
        return mail != null ? TestHttpClient.AddressProver.byMailedCode(mail)
                : TestHttpClient.AddressProver.inDatabase(database.database());
    }

    /** A client of the app's port, every {@code /api} answer checked against the OpenAPI document. */
    public TestHttpClient api() {
        return api;
    }

    public int port() {
        return app.getLocalPort();
    }

    /** Dropwizard's admin port: health checks, metrics, tasks. */
    public int adminPort() {
        return app.getAdminPort();
    }

    public Environment environment() {
        return app.getEnvironment();
    }

    /** The app's database, for a test that looks at it or changes it behind the app's back. */
    public TestDatabase database() {
        return database.database();
    }

    /** Whether the app mails to a {@link TestSmtp} that tests can read ({@link #withMail()}). */
    public boolean mailsToTests() {
        return mail != null;
    }

    /** The SMTP server the app mails through; only {@link #withMail()} sets one up. */
    public TestSmtp mail() {
        if (mail == null) {
            throw new IllegalStateException("this app mails nowhere a test can read: register it withMail()");
        }
        return mail;
    }

    /** Makes an account an administrator as the {@code create-admin} command does; its sessions end. */
    public void promoteToAdmin(String email) {
        TestApps.promoteToAdmin(database, email);
    }
}
