package dev.gatehouse.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a real Gatehouse in the test's JVM for one test class: random
 * loopback ports, a fresh database (its own embedded MariaDB, or a new database on a server you
 * name), and an in-memory SMTP server that catches its mail. Tests get a {@link GatehouseClient}
 * as a parameter or from {@link #client()}. Everything is stopped and deleted after the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final GatehouseExtension GATEHOUSE = new GatehouseExtension();
 * }</pre>
 *
 * Register it in a static field (or with {@code @ExtendWith}); nested classes share their outer
 * class's Gatehouse.
 *
 * <p>{@link #shared()} is one Gatehouse for the whole test run instead: started by the first class
 * that registers it, emptied ({@link GatehouseClient#reset()}) before each class after that, and
 * stopped when the run ends.
 */
public final class GatehouseExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(GatehouseExtension.class);
    private static final GatehouseExtension SHARED = new GatehouseExtension(new KitDatabase.Embedded(), true);

    private final KitDatabase database;
    private final boolean shared;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private volatile InProcessGatehouse running;
    private volatile String owner;

    /** Gatehouse on an embedded MariaDB of its own. */
    public GatehouseExtension() {
        this(new KitDatabase.Embedded(), false);
    }

    private GatehouseExtension(KitDatabase database, boolean shared) {
        this.database = database;
        this.shared = shared;
    }

    /**
     * The one Gatehouse of the test run, on an embedded MariaDB: each class that registers it
     * ({@code @RegisterExtension static final GatehouseExtension GATEHOUSE = GatehouseExtension.shared();})
     * gets it emptied of what earlier classes left (accounts, sessions, codes, mail), and it stops when
     * the run ends. Settings ({@link #withSetting}) apply when the first class starts it, so give every
     * class the same ones.
     */
    public static GatehouseExtension shared() {
        return SHARED;
    }

    /**
     * Gatehouse on a fresh database created on the MySQL 8 (or MariaDB 10.6+) server at
     * {@code jdbcUrl}, whose database part is replaced; the user needs {@code CREATE} and {@code DROP}.
     */
    public static GatehouseExtension onDatabase(String jdbcUrl, String user, String password) {
        return new GatehouseExtension(new KitDatabase.OnServer(jdbcUrl, user, password), false);
    }

    /**
     * Sets one of Gatehouse's configuration keys (as in its YAML, dotted: {@code passwords.minLength},
     * {@code codes.selfSignup}, {@code sessions.idleTimeout}) before it starts.
     */
    public GatehouseExtension withSetting(String key, String value) {
        if (running != null) {
            throw new IllegalStateException("Gatehouse is already running; set " + key + " before it starts");
        }
        settings.put(key, value);
        return this;
    }

    /** The client of the running Gatehouse; from {@code @BeforeAll} on. */
    public GatehouseClient client() {
        InProcessGatehouse current = running;
        if (current == null) {
            throw new IllegalStateException("Gatehouse is not running: register the extension in a static field");
        }
        return current.client();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (shared) {
            startOnceForTheRun(context);
        } else if (running == null) {
            running = InProcessGatehouse.start(context.getDisplayName(), database, settings);
            owner = context.getUniqueId();
        }
    }

    private synchronized void startOnceForTheRun(ExtensionContext context) {
        if (running == null) {
            running = InProcessGatehouse.start("the test run", database, settings);
            owner = context.getUniqueId();
            // Closed by JUnit when the run's root context closes: after the last class.
            context.getRoot().getStore(RUN).put("shared-gatehouse", new StopAtTheEnd(this));
        } else if (context.getParent().flatMap(ExtensionContext::getTestClass).isEmpty()) {
            // A later top-level class (a nested class shares its outer class's data): start it clean.
            running.client().reset();
        }
    }

    /** Stops the shared Gatehouse when the test run ends. */
    private record StopAtTheEnd(GatehouseExtension extension) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            extension.stop();
        }
    }

    private synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } finally {
                running = null;
                owner = null;
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (shared) {
            return;
        }
        if (running != null && context.getUniqueId().equals(owner)) {
            try {
                running.close();
            } finally {
                running = null;
                owner = null;
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == GatehouseClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return client();
    }
}
