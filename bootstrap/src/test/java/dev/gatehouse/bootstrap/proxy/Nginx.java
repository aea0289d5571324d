package dev.gatehouse.bootstrap.proxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real nginx, run as the test's own unprivileged process: in the foreground, with its pid file,
 * logs and every temp directory under a directory of its own, listening on a loopback port. The site
 * file is included into an {@code http} block as Debian's nginx.conf includes conf.d.
 */
public final class Nginx implements AutoCloseable {

    private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));
    private static final Duration STARTUP = Duration.ofSeconds(15);

    private final Process process;
    private final Path directory;
    private final int port;

    private Nginx(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    /** The nginx binary, where Debian's package puts it or on the PATH. */
    public static Optional<Path> binary() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(entry -> !entry.isEmpty()).map(entry -> Path.of(entry, "nginx"));
        return Stream.concat(BINARIES.stream(), onPath).filter(Files::isExecutable).findFirst();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts nginx with {@code site} in its http block, listening on {@code port}; waits until it accepts. */
    public static Nginx start(Path binary, String site, int port) {
        try {
            Path directory = Files.createTempDirectory("gatehouse-nginx-");
            Files.createDirectories(directory.resolve("logs"));
            Files.writeString(directory.resolve("gatehouse.conf"), site);
            Files.writeString(directory.resolve("nginx.conf"), mainConfiguration(directory));
            Process process = new ProcessBuilder(binary.toString(),
                    "-p", directory.toString(),
                    "-c", directory.resolve("nginx.conf").toString(),
                    "-e", directory.resolve("logs/error.log").toString(),
                    "-g", "daemon off; master_process off; pid " + directory.resolve("nginx.pid") + ";")
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("logs/stdout.log").toFile())
                    .start();
            Nginx nginx = new Nginx(process, directory, port);
            nginx.awaitAccepting();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mainConfiguration(Path directory) {
        return "worker_processes 1;\n"
                + "error_log " + directory.resolve("logs/error.log") + " info;\n"
                + "events { worker_connections 128; }\n"
                + "http {\n"
                + "    access_log " + directory.resolve("logs/access.log") + ";\n"
                + "    client_body_temp_path " + directory.resolve("client_body_temp") + ";\n"
                + "    proxy_temp_path " + directory.resolve("proxy_temp") + ";\n"
                + "    fastcgi_temp_path " + directory.resolve("fastcgi_temp") + ";\n"
                + "    uwsgi_temp_path " + directory.resolve("uwsgi_temp") + ";\n"
                + "    scgi_temp_path " + directory.resolve("scgi_temp") + ";\n"
                + "    include gatehouse.conf;\n"
                + "}\n";
    }

    private void awaitAccepting() {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ": " + log());
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new IllegalStateException("nginx did not accept on port " + port + " within " + STARTUP + ": " + log());
    }

    /** What nginx wrote to its error log and output, for a failure message. */
    public String log() {
        StringBuilder log = new StringBuilder();
        for (String name : new String[] {"logs/error.log", "logs/stdout.log"}) {
            try {
                Path file = directory.resolve(name);
                if (Files.exists(file)) {
                    log.append(Files.readString(file));
                }
            } catch (IOException unreadable) {
                log.append("(").append(name).append(" unreadable: ").append(unreadable).append(")");
            }
        }
        return log.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
