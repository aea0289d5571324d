package dev.gatehouse.bootstrap.cli;

import io.dropwizard.configuration.ConfigurationException;
import java.io.FileNotFoundException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.argparse4j.inf.ArgumentParserException;

/**
 * What an operator reads when a command fails: one line saying what was wrong, never a stack trace
 * (the frames say nothing to someone who ran {@code java -jar gatehouse.jar}, and may show
 * configuration values). The usual failures (bad arguments, a bad configuration file, a database
 * out of reach, a refusal of the command itself) are told in their own words; anything else by the
 * innermost cause's type and message.
 */
public final class FailureLine {

    /** What the strict substitution of {@code ${VARIABLE}} in a configuration file says when one is not set. */
    private static final Pattern UNSET_VARIABLE = Pattern.compile("^Cannot resolve variable '([^']+)'");

    private FailureLine() {
    }

    public static String of(Throwable failure) {
        return "gatehouse: " + oneLine(describe(failure));
    }

    private static String describe(Throwable failure) {
        if (failure instanceof ArgumentParserException arguments) {
            return arguments.getMessage() + " (-h shows the usage)";
        }
        Optional<CommandFailure> refusal = find(failure, CommandFailure.class);
        if (refusal.isPresent()) {
            return refusal.get().getMessage();
        }
        Optional<ConfigurationException> configuration = find(failure, ConfigurationException.class);
        if (configuration.isPresent()) {
            return configuration.get().getMessage();
        }
        Matcher unset = UNSET_VARIABLE.matcher(String.valueOf(failure.getMessage()));
        if (unset.find()) {
            return "the configuration reads the environment variable " + unset.group(1)
                    + ", which is not set and has no default there";
        }
        Optional<FileNotFoundException> missingFile = find(failure, FileNotFoundException.class);
        if (missingFile.isPresent()) {
            return "cannot read " + missingFile.get().getMessage();
        }
        Optional<SQLException> database = find(failure, SQLException.class);
        if (database.isPresent()) {
            return "the database did not answer or refused the connection: " + withCause(database.get());
        }
        return withCause(failure);
    }

    /** The failure's message, and its innermost cause's (with its type) when that one says something else. */
    private static String withCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = messageOf(failure);
        if (root == failure || (root.getMessage() != null && outer.contains(root.getMessage()))) {
            return outer;
        }
        return outer + " (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable each = failure; each != null && !seen.contains(each); each = each.getCause()) {
            seen.add(each);
            if (type.isInstance(each)) {
                return Optional.of(type.cast(each));
            }
        }
        return Optional.empty();
    }

    /** Lines joined: a list's items ("  * ...") by semicolons, wrapped text by spaces. */
    static String oneLine(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            if (joined.length() > 0) {
                joined.append(line.startsWith("* ") && !endsWithColon(joined) ? "; " : " ");
            }
            joined.append(line.startsWith("* ") ? line.substring(2) : line);
        }
        return joined.toString().replaceAll("\\s+", " ");
    }

    private static boolean endsWithColon(StringBuilder text) {
        return text.charAt(text.length() - 1) == ':';
    }
}
