package dev.gatehouse.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.GatehouseApplication;
import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line, each command in a JVM of its own as an operator runs it: bad input of every
 * kind ends with exit status 1 and one line on stderr, and no stack trace anywhere in the output.
 */
class CommandLineFailuresTest {

    @TempDir
    static Path home;

    /** {@code test-app.yml} pointed at a port where no database listens. */
    private static Path unreachable;

    @BeforeAll
    static void writeConfigurations() throws IOException {
        String yaml = Files.readString(Path.of(ResourceHelpers.resourceFilePath("test-app.yml")))
                .replace("url: jdbc:mysql://set-by-the-test/gatehouse",
                        "url: jdbc:mysql://127.0.0.1:" + closedPort() + "/gatehouse\n  user: gatehouse");
        unreachable = Files.writeString(home.resolve("unreachable.yml"), yaml);
    }

    @Test
    void anUnknownFlag() throws Exception {
        Finished finished = run("server", unreachable.toString(), "--no-such-flag");

        finished.assertOneLineFailure().contains("unrecognized arguments: '--no-such-flag'").contains("-h");
    }

    @Test
    void aMissingArgument() throws Exception {
        Finished finished = run("create-admin", unreachable.toString());

        finished.assertOneLineFailure().contains("--email").contains("required");
    }

    @Test
    void anUnknownCommand() throws Exception {
        Finished finished = run("serve", unreachable.toString());

        finished.assertOneLineFailure().contains("serve");
    }

    @Test
    void anAddressThatIsNoAddress() throws Exception {
        Finished finished = run("create-admin", unreachable.toString(), "--email", "not-an-address");

        finished.assertOneLineFailure().startsWith("gatehouse: --email: ");
    }

    @Test
    void aDatabaseOutOfReachForTheServer() throws Exception {
        Finished finished = run("server", unreachable.toString());

        finished.assertOneLineFailure().startsWith("gatehouse: the database did not answer or refused the connection: ");
    }

    @Test
    void aDatabaseOutOfReachWhenTheServersPoolStarts() throws Exception {
        Path noMigration = Files.writeString(home.resolve("no-migration.yml"),
                Files.readString(unreachable).replace("migrateOnStart: true", "migrateOnStart: false"));

        Finished finished = run("server", noMigration.toString());

        finished.assertOneLineFailure().startsWith("gatehouse: the database did not answer or refused the connection: ");
    }

    @Test
    void aDatabaseOutOfReachForCreateAdmin() throws Exception {
        Finished finished = run("create-admin", unreachable.toString(), "--email", "root@example.org");

        finished.assertOneLineFailure().startsWith("gatehouse: the database did not answer or refused the connection: ");
    }

    @Test
    void aDatabaseOutOfReachForTheMigration() throws Exception {
        Finished finished = run("db", "migrate", unreachable.toString());

        finished.assertOneLineFailure().startsWith("gatehouse: the database did not answer or refused the connection: ");
    }

    @Test
    void aConfigurationWithAMisspelledKey() throws Exception {
        Path misspelled = Files.writeString(home.resolve("misspelled.yml"),
                Files.readString(unreachable).replace("migrateOnStart:", "migrateOnStrat:"));

        Finished finished = run("server", misspelled.toString());

        finished.assertOneLineFailure().contains("misspelled.yml has an error").contains("migrateOnStrat");
    }

    @Test
    void aConfigurationWithAnUnsetVariable() throws Exception {
        Path unset = Files.writeString(home.resolve("unset.yml"),
                Files.readString(unreachable) + "\nserviceName: ${GATEHOUSE_TEST_NEVER_SET}\n");

        Finished finished = run("create-admin", unset.toString(), "--email", "root@example.org");

        finished.assertOneLineFailure().isEqualTo("gatehouse: the configuration reads the environment variable "
                + "GATEHOUSE_TEST_NEVER_SET, which is not set and has no default there");
    }

    @Test
    void aConfigurationFileThatIsNotThere() throws Exception {
        Finished finished = run("db", "migrate", home.resolve("nowhere.yml").toString());

        finished.assertOneLineFailure().startsWith("gatehouse: cannot read ").contains("nowhere.yml");
    }

    private record Finished(int exitStatus, String out, String err) {

        org.assertj.core.api.AbstractStringAssert<?> assertOneLineFailure() {
            assertThat(exitStatus).as("exit status; stderr: %s", err).isEqualTo(1);
            List<String> lines = err.lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).as("stderr").hasSize(1);
            assertThat(out + err).as("the whole output").doesNotContainPattern("(?m)^[!\\s]*at [\\w.$/]+\\(")
                    .doesNotContain("Exception in thread").doesNotContain("usage:");
            return assertThat(lines.get(0)).startsWith("gatehouse: ");
        }
    }

    private static Finished run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m",
                "-cp", System.getProperty("java.class.path"), GatehouseApplication.class.getName()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("'" + String.join(" ", arguments) + "' did not finish within 2 minutes");
        }
        return new Finished(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
