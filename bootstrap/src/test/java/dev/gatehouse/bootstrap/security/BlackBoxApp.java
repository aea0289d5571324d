package dev.gatehouse.bootstrap.security;

import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.app.GatehouseClient;
import dev.gatehouse.bootstrap.app.TestApps;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import dev.gatehouse.persistence.testing.TestDatabase;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole app on its own database for one black-box test class, and a visitor speaking to it
 * over HTTP. One extension, so each class declares one field and the database always exists
 * before the app that reads it starts.
 */
final class BlackBoxApp implements BeforeAllCallback, AfterAllCallback {

    private final TestDatabaseExtension database = TestDatabaseExtension.emptySchema();
    private final DropwizardAppExtension<GatehouseConfiguration> app;
    private GatehouseClient http;
    private Visitors visitors;

    /** @param overrides what the class changes in the test configuration (shorter durations, mostly) */
    BlackBoxApp(ConfigOverride... overrides) {
        this.app = TestApps.on(database, overrides);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database.beforeAll(context);
        app.before();
        http = new GatehouseClient(app.getLocalPort());
        visitors = new Visitors(http);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        app.after();
    }

    GatehouseClient http() {
        return http;
    }

    Visitors visitors() {
        return visitors;
    }

    int port() {
        return app.getLocalPort();
    }

    /** The app's database, for a test that changes it behind the app's back. */
    TestDatabase database() {
        return database.database();
    }

    /** A new account, made administrator as an operator would ({@code create-admin}), then signed in. */
    Account admin() {
        String email = visitors.registered("admin");
        TestApps.promoteToAdmin(database, email);
        return visitors.signedIn(email);
    }
}
