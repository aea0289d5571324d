package dev.gatehouse.persistence.embedded;

import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded MariaDB when the JVM that started it dies without stopping it ({@code kill -9},
 * an OOM kill): a tiny shell loop, a separate process, that polls the JVM's pid once a second and
 * then sends the server SIGTERM, on which MariaDB shuts down cleanly. A JVM that ends normally
 * stops the server itself and ends the watchdog first.
 */
final class ServerWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(ServerWatchdog.class);
    private static final String LOOP =
            "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; kill -TERM \"$2\" 2>/dev/null";

    private final Process process;

    private ServerWatchdog(Process process) {
        this.process = process;
    }

    /** Empty where no POSIX shell runs it: the next start then stops a left server instead. */
    static Optional<ServerWatchdog> watch(long serverPid) {
        try {
            Process process = new ProcessBuilder("sh", "-c", LOOP, "gatehouse-mariadb-watchdog",
                    Long.toString(ProcessHandle.current().pid()), Long.toString(serverPid))
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(new ServerWatchdog(process));
        } catch (IOException noShell) {
            LOG.info("No watchdog for the embedded MariaDB ({}); a later start stops it if this JVM dies",
                    noShell.getMessage());
            return Optional.empty();
        }
    }

    long pid() {
        return process.pid();
    }

    /** Before the server stops on purpose, so that the watchdog never signals a pid that may be reused. */
    void end() {
        process.destroy();
    }
}
