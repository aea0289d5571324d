package dev.gatehouse.bootstrap.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the connection pool from logging a stack trace while a command opens its first connections:
 * a database out of reach then fails the command, whose one line says so ({@link FailureLine}).
 * Once the command has started, the pool logs as configured again.
 */
public final class QuietPoolStart {

    /** Tomcat JDBC's pool logs "Unable to create initial connections of pool" with the whole trace. */
    private static final String POOL_LOGGER = "org.apache.tomcat.jdbc.pool.ConnectionPool";

    /** A command's start, which may throw anything the command throws. */
    @FunctionalInterface
    public interface Start {
        void run() throws Exception;
    }

    private QuietPoolStart() {
    }

    public static void during(Start start) throws Exception {
        Logger pool = (Logger) LoggerFactory.getLogger(POOL_LOGGER);
        Level configured = pool.getLevel();
        pool.setLevel(Level.OFF);
        try {
            start.run();
        } finally {
            pool.setLevel(configured);
        }
    }
}
