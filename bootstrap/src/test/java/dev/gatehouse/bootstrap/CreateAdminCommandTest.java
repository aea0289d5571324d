package dev.gatehouse.bootstrap;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.cli.CommandFailure;
import dev.gatehouse.bootstrap.cli.FailureLine;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.JdbiUsers;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code create-admin} through Dropwizard's command line, against a real, initially empty schema. */
class CreateAdminCommandTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.emptySchema();

    @TempDir
    static Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream cliOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream cliErr = new ByteArrayOutputStream();

    private Optional<Throwable> run(String... arguments) throws Exception {
        Path config = directory.resolve("create-admin-" + UUID.randomUUID() + ".yml");
        String yaml = Files.readString(Path.of(ResourceHelpers.resourceFilePath("test-app.yml")))
                .replace("url: jdbc:mysql://set-by-the-test/gatehouse",
                        "url: " + DATABASE.database().jdbcUrl() + "\n  user: " + DATABASE.database().user()
                                + "\n  password: \"" + DATABASE.database().password() + "\"");
        Files.writeString(config, yaml);
        Bootstrap<GatehouseConfiguration> bootstrap = new Bootstrap<>(new GatehouseApplication());
        bootstrap.addCommand(new CreateAdminCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)));
        String[] all = new String[arguments.length + 2];
        all[0] = "create-admin";
        all[1] = config.toString();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new Cli(new JarLocation(getClass()), bootstrap, cliOut, cliErr).run(all);
    }

    private static Optional<User> stored(String email) {
        return new JdbiUsers(DATABASE.database().jdbi()).findByEmail(EmailAddress.of(email));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void createsAnActiveAdminWithoutPasswordOnAFreshSchema() throws Exception {
        String email = uniqueEmail("root");

        Optional<Throwable> failure = run("--email", "  " + email.toUpperCase() + " ");

        assertThat(failure).isEmpty();
        User admin = stored(email).orElseThrow();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(admin.active()).isTrue();
        assertThat(admin.passwordHash()).isEmpty();
        assertThat(printed()).contains(email).contains(admin.id().toString()).contains("user, admin")
                .doesNotContain("argon2").doesNotContainIgnoringCase("password:");
    }

    @Test
    void promotesAnExistingAccountKeepingItsId() throws Exception {
        String email = uniqueEmail("ann");
        assertThat(run("--email", email)).isEmpty();
        User first = stored(email).orElseThrow();
        new JdbiUsers(DATABASE.database().jdbi()).update(first.withRoles(java.util.Set.of(Role.USER)).disable());

        assertThat(run("--email", email)).isEmpty();

        User promoted = stored(email).orElseThrow();
        assertThat(promoted.id()).isEqualTo(first.id());
        assertThat(promoted.hasRole(Role.ADMIN)).isTrue();
        assertThat(promoted.active()).isTrue();
    }

    @Test
    void refusesAnAddressThatIsAlreadyAnActiveAdministratorInOneLine() throws Exception {
        String email = uniqueEmail("twice");
        assertThat(run("--email", email)).isEmpty();
        printed.reset();

        Optional<Throwable> failure = run("--email", email);

        assertThat(failure).containsInstanceOf(CommandFailure.class);
        assertThat(FailureLine.of(failure.orElseThrow()))
                .isEqualTo("gatehouse: " + email + " is already an administrator; nothing changed");
        assertThat(printed()).isEmpty();
        assertThat(stored(email).orElseThrow().hasRole(Role.ADMIN)).isTrue();
    }

    @Test
    void refusesToRunWithoutAnEmail() throws Exception {
        Optional<Throwable> failure = run();

        assertThat(failure).isPresent();
        assertThat(cliErr.toString(StandardCharsets.UTF_8)).contains("--email");
    }

    @Test
    void refusesAnInvalidEmailAndCreatesNothing() throws Exception {
        Optional<Throwable> failure = run("--email", "not-an-address");

        assertThat(failure).isPresent();
        assertThat(printed()).isEmpty();
    }
}
