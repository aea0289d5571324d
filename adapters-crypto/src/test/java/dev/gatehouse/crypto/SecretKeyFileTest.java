package dev.gatehouse.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class SecretKeyFileTest {

    @TempDir
    Path directory;

    private final Logger log = (Logger) LoggerFactory.getLogger(SecretKeyFile.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        log.detachAppender(logged);
    }

    @Test
    void createsA32ByteKeyOnceAndReadsTheSameKeyAfterwards() throws Exception {
        Path file = directory.resolve("code-key");

        byte[] created = SecretKeyFile.loadOrCreate(file);
        byte[] reread = SecretKeyFile.loadOrCreate(file);

        assertThat(created).hasSize(SecretKeyFile.KEY_BYTES).isEqualTo(reread).isEqualTo(Files.readAllBytes(file));
        assertThat(created).isNotEqualTo(new byte[SecretKeyFile.KEY_BYTES]);
    }

    @Test
    void createsMissingParentDirectoriesAndLeavesNoTemporaryFile() throws Exception {
        Path file = directory.resolve("var/lib/gatehouse/code-key");

        SecretKeyFile.loadOrCreate(file);

        assertThat(file).isRegularFile();
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            assertThat(siblings).containsExactly(file);
        }
    }

    @Test
    void makesTheFileReadableByItsOwnerOnly() throws Exception {
        assumeThat(directory.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path file = directory.resolve("keys/code-key");

        SecretKeyFile.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void usesAKeyPutInPlaceByTheOperatorAsItIs() throws Exception {
        Path file = directory.resolve("provided-key");
        byte[] provided = "a base64 text of 32 random bytes makes a fine key too".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(file, provided);

        assertThat(SecretKeyFile.loadOrCreate(file)).isEqualTo(provided);
    }

    @Test
    void warnsAboutAKeyFileOthersCanRead() throws Exception {
        assumeThat(directory.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path file = directory.resolve("shared-key");
        Files.write(file, new byte[32]);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SecretKeyFile.loadOrCreate(file);

        assertThat(logged.list).anySatisfy(event -> assertThat(event.getFormattedMessage()).contains("chmod 600"));
    }

    @Test
    void refusesAFileTooShortToBeAKeyAndLeavesItAlone() throws Exception {
        Path file = directory.resolve("short-key");
        Files.write(file, new byte[31]);

        assertThatThrownBy(() -> SecretKeyFile.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.getFileName().toString());
        assertThat(Files.size(file)).isEqualTo(31);
    }

    @Test
    void parallelFirstStartsAllEndUpWithOneKey() throws Exception {
        Path file = directory.resolve("raced/code-key");
        int starts = 8;
        CyclicBarrier together = new CyclicBarrier(starts);
        ExecutorService pool = Executors.newFixedThreadPool(starts);
        try {
            List<Future<byte[]>> keys = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                keys.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return SecretKeyFile.loadOrCreate(file);
                }));
            }
            byte[] onFile = null;
            for (Future<byte[]> key : keys) {
                byte[] got = key.get(30, TimeUnit.SECONDS);
                onFile = onFile == null ? Files.readAllBytes(file) : onFile;
                assertThat(got).isEqualTo(onFile);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverLogsTheKey() {
        Path file = directory.resolve("logged-key");

        byte[] key = SecretKeyFile.loadOrCreate(file);
        SecretKeyFile.loadOrCreate(file);

        String hex = HexFormat.of().formatHex(key);
        assertThat(logged.list).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain(hex)
                .doesNotContain(new String(key, java.nio.charset.StandardCharsets.ISO_8859_1)));
    }
}
