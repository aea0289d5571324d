package dev.gatehouse.persistence.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running embedded MariaDB leaves beside its data directory ({@code <dataDir>.server}): the
 * server's pid and port and the pid of the Gatehouse process that started it. A second command (such
 * as {@code create-admin} beside the running server) connects to that port instead of starting a
 * second server over the same files, and a start after a crash recognises the server left behind.
 */
record ServerRecord(long serverPid, int port, long ownerPid) {

    static Path beside(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".server");
    }

    /** The record, or empty when there is none or it cannot be read (a half-written file is no record). */
    static Optional<ServerRecord> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            return Optional.of(new ServerRecord(
                    Long.parseLong(properties.getProperty("serverPid")),
                    Integer.parseInt(properties.getProperty("port")),
                    Long.parseLong(properties.getProperty("ownerPid"))));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Written to a temporary file and moved into place, so a reader never sees half of it. */
    void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("serverPid", Long.toString(serverPid));
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("ownerPid", Long.toString(ownerPid));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                properties.store(writer, "The embedded MariaDB of a running Gatehouse; removed when it stops");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + file, e);
        }
    }
}
