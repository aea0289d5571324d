package dev.gatehouse.bootstrap.cli;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Dropwizard's command line, with every failure told in one line on standard error
 * ({@link FailureLine}): an unknown flag, a missing argument, a bad configuration file, a database
 * out of reach, a command's own refusal. Dropwizard would print the whole usage after a bad
 * argument and a stack trace after any other failure (each command's {@code onError}); both go to
 * a stream that is dropped here, so commands that come from bundles ({@code db ...}) answer the
 * same way as Gatehouse's own.
 */
public final class GatehouseCommandLine {

    private final JarLocation location;
    private final Bootstrap<?> bootstrap;
    private final OutputStream out;
    private final PrintStream err;

    public GatehouseCommandLine(JarLocation location, Bootstrap<?> bootstrap, OutputStream out, PrintStream err) {
        this.location = location;
        this.bootstrap = bootstrap;
        this.out = out;
        this.err = err;
    }

    /** @return the failure, already told on standard error; empty when the command succeeded */
    public Optional<Throwable> run(String... arguments) {
        Optional<Throwable> failure = new Cli(location, bootstrap, out, OutputStream.nullOutputStream()).run(arguments);
        failure.ifPresent(cause -> {
            err.println(FailureLine.of(cause));
            err.flush();
        });
        return failure;
    }
}
