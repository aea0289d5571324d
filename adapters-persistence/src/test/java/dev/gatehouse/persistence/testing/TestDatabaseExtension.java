package dev.gatehouse.persistence.testing;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a fresh, uniquely named database on a MySQL-protocol server shared by the
 * whole JVM, with the Gatehouse changelog applied (or empty, see {@link #emptySchema()}), and
 * drops it after the class.
 *
 * <p>The server is chosen once per JVM, first match wins:
 * <ol>
 *   <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER}, default {@code root}, and
 *       {@code TEST_DATABASE_PASSWORD}, default empty): an existing server. Its database part is
 *       replaced per test class, so the user needs {@code CREATE} and {@code DROP} on databases.</li>
 *   <li>Testcontainers MySQL 8, when a Docker engine answers.</li>
 *   <li>An {@link dev.gatehouse.persistence.embedded.EmbeddedMariaDb} in a temporary directory,
 *       stopped and deleted by a shutdown hook.</li>
 * </ol>
 *
 * <p>Use it either way:
 * <pre>{@code
 * @RegisterExtension
 * static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();
 * ... new JdbiUsers(DATABASE.database().jdbi()) ...
 *
 * @ExtendWith(TestDatabaseExtension.class)       // migrated
 * class SomeTest {
 *     SomeTest(TestDatabase database) { ... }     // or as a @BeforeAll/@BeforeEach/@Test parameter
 * }
 * }</pre>
 * Tests in one class share the database; data is not cleaned between tests unless a test calls
 * {@link TestDatabase#truncateAllTables()}.
 */
public final class TestDatabaseExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabaseExtension.class);

    private final boolean migrated;
    private volatile TestDatabase database;

    /** A migrated database; the constructor {@code @ExtendWith} uses. */
    public TestDatabaseExtension() {
        this(true);
    }

    private TestDatabaseExtension(boolean migrated) {
        this.migrated = migrated;
    }

    /** The database with the Gatehouse changelog applied. */
    public static TestDatabaseExtension migrated() {
        return new TestDatabaseExtension(true);
    }

    /** An empty database, for tests that apply the changelog themselves. */
    public static TestDatabaseExtension emptySchema() {
        return new TestDatabaseExtension(false);
    }

    /** The test class's database; available from {@code @BeforeAll} on. */
    public TestDatabase database() {
        TestDatabase current = database;
        if (current == null) {
            throw new IllegalStateException("no test database yet: register the extension in a static field, "
                    + "or ask for it in @BeforeEach or a test");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = databaseOf(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        database = databaseOf(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        database = databaseOf(context);
        return database;
    }

    /** Created in the outermost test class's store, so nested classes and every test share it. */
    private TestDatabase databaseOf(ExtensionContext context) {
        ExtensionContext classContext = outermostClass(context);
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(migrated, key -> create(classContext), CreatedDatabase.class)
                .database();
    }

    private static ExtensionContext outermostClass(ExtensionContext context) {
        ExtensionContext outermost = context;
        for (ExtensionContext c = context; c.getParent().isPresent(); c = c.getParent().get()) {
            if (c.getTestClass().isPresent()) {
                outermost = c;
            }
        }
        return outermost;
    }

    private CreatedDatabase create(ExtensionContext classContext) {
        TestDatabaseServer server = TestDatabaseServer.shared();
        String name = uniqueName(classContext.getRequiredTestClass());
        TestDatabase created = server.create(name);
        if (migrated) {
            created.migrate();
        }
        return new CreatedDatabase(server, created);
    }

    private static String uniqueName(Class<?> testClass) {
        String className = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return "gh_" + className.substring(0, Math.min(className.length(), 40)) + "_" + suffix;
    }

    /** Closed by JUnit when the class's store closes: drops the database. */
    private record CreatedDatabase(TestDatabaseServer server, TestDatabase database) implements AutoCloseable {

        @Override
        public void close() {
            server.drop(database.name());
        }
    }
}
