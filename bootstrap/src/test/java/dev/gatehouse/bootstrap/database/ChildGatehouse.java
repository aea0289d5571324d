package dev.gatehouse.bootstrap.database;

import dev.gatehouse.bootstrap.GatehouseApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Gatehouse run as a newcomer runs it, in a JVM of its own: {@code server config/dev.yml} in a working
 * directory of its own, so the embedded MariaDB and the keys live under its {@code ./data}. Only the
 * ports differ from the shipped file (free ones, so tests never collide), and the loopback peer is a
 * trusted proxy, so a test can speak as many clients through {@code X-Forwarded-For}.
 */
final class ChildGatehouse {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path home;
    private final int port;
    private final int adminPort;
    private Process process;

    private ChildGatehouse(Path home, int port, int adminPort) {
        this.home = home;
        this.port = port;
        this.adminPort = adminPort;
    }

    /** Writes {@code home/config/dev.yml} from the shipped one, with free ports. */
    static ChildGatehouse in(Path home) throws IOException {
        int port = freePort();
        int adminPort = freePort();
        String shipped = Files.readString(Path.of("..", "config", "dev.yml"));
        String config = shipped
                .replace("port: 8080", "port: " + port)
                .replace("port: 8081", "port: " + adminPort)
                .replace("http://localhost:8080", "http://localhost:" + port)
                + "\nhttp:\n  trustedProxies: [127.0.0.1/32]\n";
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config").resolve("dev.yml"), config);
        return new ChildGatehouse(home, port, adminPort);
    }

    /** Starts {@code server config/dev.yml} and waits until its health check answers. */
    void start() throws Exception {
        process = command("server").redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + ":\n" + log());
            }
            if (healthy()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not become healthy within " + START_TIMEOUT + ":\n" + log());
    }

    /**
     * Runs another command ({@code subcommand config/dev.yml options...}) in the same directory, as an
     * operator would beside the server.
     */
    Finished run(String subcommand, String... options) throws Exception {
        Process command = command(subcommand, options).start();
        byte[] output = command.getInputStream().readAllBytes();
        if (!command.waitFor(2, TimeUnit.MINUTES)) {
            command.destroyForcibly();
            throw new AssertionError("'" + subcommand + "' did not finish within 2 minutes");
        }
        return new Finished(command.exitValue(), new String(output));
    }

    record Finished(int exitStatus, String output) {}

    private ProcessBuilder command(String subcommand, String... options) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), GatehouseApplication.class.getName(),
                subcommand, "config/dev.yml"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
    }

    /** What a power cut would do to the JVM: SIGKILL, no shutdown hook runs. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A clean stop (SIGTERM): the shutdown hooks run. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    Optional<ProcessHandle> childWith(String argument) {
        return process.descendants()
                .filter(child -> child.info().arguments().map(List::of).orElse(List.of()).stream()
                        .anyMatch(each -> each.contains(argument)))
                .findFirst();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Path home() {
        return home;
    }

    String log() throws IOException {
        Path log = home.resolve("server.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private boolean healthy() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/healthcheck"))
                            .timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
