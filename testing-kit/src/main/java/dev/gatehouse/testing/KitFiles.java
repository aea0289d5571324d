package dev.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The files of one in-process Gatehouse, all named {@code run-<id>...} inside one directory that
 * outlives it: {@code java.io.tmpdir/gatehouse-testing-kit}. The embedded MariaDB unpacks its
 * binaries beside its data directory, so keeping that directory means they are unpacked once per
 * machine rather than once per test class.
 */
final class KitFiles {

    private final Path root;
    private final String id = "run-" + UUID.randomUUID();

    private KitFiles(Path root) {
        this.root = root;
    }

    /** The directory every run's files lie in, with the MariaDB binaries they share. */
    static Path root() {
        return Path.of(System.getProperty("java.io.tmpdir"), "gatehouse-testing-kit");
    }

    static KitFiles create() {
        Path root = root();
        KitFiles files = new KitFiles(root);
        try {
            Files.createDirectories(files.workDirectory());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the testing kit's directory under " + root, e);
        }
    }

    /** A directory of this run's own, for its configuration files. */
    Path workDirectory() {
        return root.resolve(id);
    }

    /** A path beside the work directory, named after this run; it is deleted with the run. */
    Path beside(String suffix) {
        return root.resolve(id + "-" + suffix);
    }

    /** Deletes the work directory and everything beside it that carries this run's name. */
    void deleteAll() {
        try (DirectoryStream<Path> ours = Files.newDirectoryStream(root, id + "*")) {
            for (Path path : ours) {
                deleteRecursively(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root.resolve(id) + "*", e);
        }
    }

    private static void deleteRecursively(Path top) throws IOException {
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
