package dev.gatehouse.bootstrap.cli;

import dev.gatehouse.bootstrap.GatehouseConfiguration;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import net.sourceforge.argparse4j.inf.Namespace;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Dropwizard's {@code server} command, except that a server that cannot start (a port in use, a
 * database out of reach when the connection pool starts) is not logged with its stack trace: the
 * failure travels up to the command line, which tells it in one line ({@link GatehouseCommandLine}).
 */
public final class GatehouseServerCommand extends ServerCommand<GatehouseConfiguration> {

    public GatehouseServerCommand(Application<GatehouseConfiguration> application) {
        super(application);
    }

    /** The whole start (the composition root, then the server), with the pool's start quiet. */
    @Override
    protected void run(Bootstrap<GatehouseConfiguration> bootstrap, Namespace namespace,
                       GatehouseConfiguration configuration) throws Exception {
        QuietPoolStart.during(() -> super.run(bootstrap, namespace, configuration));
    }

    @Override
    protected void run(Environment environment, Namespace namespace, GatehouseConfiguration configuration)
            throws Exception {
        Server server = configuration.getServerFactory().build(environment);
        try {
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStopped(LifeCycle event) {
                    cleanup();
                }
            });
            cleanupAsynchronously();
            server.start();
            // As Dropwizard does: a non-daemon thread keeps the JVM up until the server stops.
            new Thread(() -> {
                try {
                    server.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "dw-awaiter").start();
        } catch (Exception failure) {
            stopQuietly(server, failure);
            throw failure;
        }
    }

    private void stopQuietly(Server server, Exception failure) {
        try {
            server.stop();
        } catch (Exception stopping) {
            failure.addSuppressed(stopping);
        }
        try {
            cleanup();
        } catch (RuntimeException cleaning) {
            failure.addSuppressed(cleaning);
        }
    }
}
