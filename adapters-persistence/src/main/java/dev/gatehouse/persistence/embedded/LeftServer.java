package dev.gatehouse.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB a {@link ServerRecord} names, if that process still runs over this data
 * directory. A pid alone proves nothing (it may have been reused since), so the process must also
 * have been started with this data directory as its {@code --datadir}; its name is never trusted.
 */
final class LeftServer {

    private static final String DATADIR = "--datadir=";
    private static final Logger LOG = LoggerFactory.getLogger(LeftServer.class);
    /** InnoDB flushes and closes its files on SIGTERM; a large buffer pool may take a while. */
    private static final Duration CLEAN_STOP = Duration.ofSeconds(60);

    private final ServerRecord record;
    private final ProcessHandle server;

    private LeftServer(ServerRecord record, ProcessHandle server) {
        this.record = record;
        this.server = server;
    }

    static Optional<LeftServer> find(ServerRecord record, Path dataDir) {
        return ProcessHandle.of(record.serverPid())
                .filter(ProcessHandle::isAlive)
                .filter(process -> servesDataDir(process, dataDir))
                .map(process -> new LeftServer(record, process));
    }

    /** The server started by this JVM over {@code dataDir}, found among its child processes. */
    static Optional<ProcessHandle> startedHere(Path dataDir) {
        return ProcessHandle.current().descendants()
                .filter(process -> servesDataDir(process, dataDir))
                .findFirst();
    }

    /** Whether the process was started with {@code --datadir} naming this directory, however spelled. */
    static boolean servesDataDir(ProcessHandle process, Path dataDir) {
        return process.info().arguments().stream()
                .flatMap(Arrays::stream)
                .filter(argument -> argument.startsWith(DATADIR))
                .map(argument -> argument.substring(DATADIR.length()))
                .anyMatch(named -> sameDirectory(Path.of(named), dataDir));
    }

    private static boolean sameDirectory(Path named, Path dataDir) {
        try {
            return Files.isSameFile(named, dataDir);
        } catch (IOException | InvalidPathException gone) {
            return false;
        }
    }

    int port() {
        return record.port();
    }

    long pid() {
        return server.pid();
    }

    /** Whether the Gatehouse process that started the server still runs, so the server is in use, not left over. */
    boolean ownerAlive() {
        return ProcessHandle.of(record.ownerPid()).filter(ProcessHandle::isAlive).isPresent();
    }

    /** Stops a server whose owner is gone the way a clean shutdown would, so every committed write is on disk. */
    void stop() {
        LOG.warn("The embedded MariaDB (pid {}) outlived the Gatehouse process that started it (pid {}); stopping it",
                server.pid(), record.ownerPid());
        server.destroy();
        if (awaitExit(CLEAN_STOP)) {
            return;
        }
        LOG.warn("The embedded MariaDB (pid {}) did not stop within {} s; killing it (InnoDB recovers on the next start)",
                server.pid(), CLEAN_STOP.toSeconds());
        server.destroyForcibly();
        if (!awaitExit(Duration.ofSeconds(10))) {
            throw new IllegalStateException("the embedded MariaDB left by an earlier run (pid " + server.pid()
                    + ") does not stop; stop it by hand");
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            server.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException unexpected) {
            return !server.isAlive();
        }
    }
}
