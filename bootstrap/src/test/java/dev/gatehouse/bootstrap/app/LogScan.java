package dev.gatehouse.bootstrap.app;

import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * What the full-app tests need to search the logs for secrets: the application's log events as
 * whole lines, the request log that {@code test-app.yml} writes to a file, and the search itself.
 */
public final class LogScan {

    /** Where {@code test-app.yml} has the request log of every full-app test class written. */
    public static final Path REQUEST_LOG = Path.of("target/test-logs/requests.log");

    private LogScan() {
    }

    /** Renders each application log event whole: level, logger, MDC, message with arguments, stack trace. */
    public static final class CapturedLines extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = new CopyOnWriteArrayList<>();
        private PatternLayout layout;

        /** Attach after the app has started: Dropwizard sets logging up afresh when it starts. */
        public void attach() {
            LoggerContext context = context();
            layout = new PatternLayout();
            layout.setContext(context);
            layout.setPattern("%level %logger [%mdc] %msg%n%ex{full}");
            layout.start();
            setContext(context);
            setName("secret-scan");
            start();
            context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(this);
        }

        public void detach() {
            context().getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
            stop();
        }

        @Override
        protected void append(ILoggingEvent event) {
            lines.add(layout.doLayout(event));
        }

        public List<String> lines() {
            return List.copyOf(lines);
        }

        private static LoggerContext context() {
            return (LoggerContext) LoggerFactory.getILoggerFactory();
        }
    }

    /** The request log's size now, to read only what is written after it. */
    public static long requestLogSize() {
        try {
            return Files.exists(REQUEST_LOG) ? Files.size(REQUEST_LOG) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request-log lines written after {@code start}, once one holding {@code lastFragment} is
     * among them: the request log is written asynchronously.
     */
    public static List<String> requestLogSince(long start, String lastFragment) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> requestLogSize() > start && readFrom(start).contains(lastFragment));
        return readFrom(start).lines().toList();
    }

    private static String readFrom(long start) {
        try (RandomAccessFile in = new RandomAccessFile(REQUEST_LOG.toFile(), "r")) {
            in.seek(start);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each secret found in a line, with the line. */
    public static List<String> leaks(Collection<String> lines, Collection<String> secrets) {
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            for (String secret : secrets) {
                if (contains(line, secret)) {
                    leaks.add(secret + " in: " + line.strip());
                }
            }
        }
        return leaks;
    }

    /** Codes are short, so they count only as a whole word, not inside an id or a hex string. */
    static boolean contains(String line, String secret) {
        if (secret.length() > 8) {
            return line.contains(secret);
        }
        return Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(secret) + "(?![0-9A-Za-z])").matcher(line).find();
    }
}
