package dev.gatehouse.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret key kept in a file of its own, such as the key of {@link HmacCodeHasher}. The first start
 * creates it from {@link SecureRandom}; later starts read it back, so codes issued before a restart
 * still verify after it. Every node of a cluster needs the same file (a shared volume or a secret
 * the deployment installs), or a code issued by one node fails on another.
 *
 * <p>The file's bytes are the key, whatever they are: one made elsewhere (say {@code head -c 32
 * /dev/urandom}, or a base64 text of such bytes) serves as long as it has at least
 * {@link #MIN_BYTES} bytes. A new file is written whole under a temporary name, flushed to disk,
 * and then linked to its final name, which fails rather than overwrites when a parallel start got
 * there first; that start's key is then read and used. On POSIX file systems the file is created
 * readable by its owner only (600) and new parent directories accessible by the owner only (700).
 * Nothing here logs or prints the key.
 */
public final class SecretKeyFile {

    /** The size of a created key, and the least a read one must have. */
    public static final int KEY_BYTES = 32;
    public static final int MIN_BYTES = KEY_BYTES;

    private static final Logger LOG = LoggerFactory.getLogger(SecretKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private SecretKeyFile() {
    }

    /**
     * The key in {@code file}, created first if the file does not exist.
     *
     * @return a fresh array the caller may wipe once the key is handed on
     * @throws IllegalStateException when the file holds fewer than {@link #MIN_BYTES} bytes
     * @throws UncheckedIOException  when the file cannot be read or created
     */
    public static byte[] loadOrCreate(Path file) {
        return loadOrCreate(file, new SecureRandom());
    }

    static byte[] loadOrCreate(Path file, SecureRandom random) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(random, "random");
        Path target = file.toAbsolutePath();
        try {
            if (!Files.exists(target)) {
                create(target, random);
            }
            return read(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + target, e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        byte[] key = Files.readAllBytes(file);
        if (key.length < MIN_BYTES) {
            Arrays.fill(key, (byte) 0);
            throw new IllegalStateException("the key file " + file + " holds fewer than " + MIN_BYTES
                    + " bytes; delete it to have a new key made, or put a longer key in it");
        }
        if (readableByOthers(file)) {
            LOG.warn("The key file {} can be read by users other than its owner; chmod 600 it", file);
        }
        return key;
    }

    private static void create(Path file, SecureRandom random) throws IOException {
        Path directory = file.getParent();
        boolean posix = posix(file);
        Files.createDirectories(directory, posix ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY)} : new FileAttribute<?>[0]);
        Path temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp",
                posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                        : new FileAttribute<?>[0]);
        byte[] key = new byte[KEY_BYTES];
        try {
            random.nextBytes(key);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(key);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            publish(temporary, file);
        } finally {
            Arrays.fill(key, (byte) 0);
            Files.deleteIfExists(temporary);
        }
    }

    /** Gives the finished file its name, unless another start has already given that name a key. */
    private static void publish(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raceLost) {
            LOG.info("Another start created the secret key in {} first; using that one", file);
            return;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            if (noHardLinks instanceof NoSuchFileException) {
                throw (NoSuchFileException) noHardLinks;
            }
            // A file system without hard links: a rename is atomic too, but on POSIX it replaces
            // instead of refusing, so two starts racing here may each keep a key of their own until
            // their next start. Only the very first start of a node can meet this.
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        }
        LOG.info("Created a new secret key in {}", file);
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static boolean readableByOthers(Path file) throws IOException {
        if (!posix(file)) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        return permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ);
    }
}
