package dev.gatehouse.bootstrap.observability;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.MailSender;
import dev.gatehouse.application.port.out.PasswordHasher;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.web.http.RequestIdFilter;
import io.dropwizard.core.server.ServerFactory;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Puts metrics and request ids around the parts the composition root builds: each outbound port
 * that is worth watching is wrapped here, so neither the core nor the adapters know about metrics.
 */
public final class Observability {

    public static final String PROMETHEUS_PATH = "/metrics/prometheus";

    /** A scrape reads the backlog at most this often; counting the outbox is a query. */
    private static final long BACKLOG_CACHE_SECONDS = 5;

    private final MetricRegistry metrics;

    public Observability(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    /** The one instance the composition root decorates with, after tagging every request with an id. */
    public static Observability install(Environment environment, ServerFactory serverFactory) {
        tagRequests(environment, serverFactory);
        exposeToPrometheus(environment);
        return new Observability(environment.metrics());
    }

    /**
     * Every metric of the registry (Gatehouse's own, the JVM's, Jetty's, the connection pool's) in the
     * Prometheus text format at {@value #PROMETHEUS_PATH} on the admin port, through the Prometheus
     * client's Dropwizard bridge; dots in names become underscores ({@code gatehouse_sign_ins_...}).
     */
    private static void exposeToPrometheus(Environment environment) {
        PrometheusRegistry prometheus = new PrometheusRegistry();
        DropwizardExports.builder().dropwizardRegistry(environment.metrics()).register(prometheus);
        environment.admin().addServlet("prometheus", new PrometheusMetricsServlet(prometheus))
                .addMapping(PROMETHEUS_PATH);
    }

    /**
     * Every request, pages, assets and the admin port included, gets an id in the logs and in {@code X-Request-Id},
     * and request-log lines carry it unless their format is configured otherwise.
     */
    private static void tagRequests(Environment environment, ServerFactory serverFactory) {
        RequestLogFormat.applyDefault(serverFactory);
        environment.servlets().addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        environment.admin().addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }

    /** Wraps the hashing itself: place it inside any concurrency limit. */
    public PasswordHasher timed(PasswordHasher hasher) {
        return new TimedPasswordHasher(hasher, metrics);
    }

    public Sessions metered(Sessions sessions) {
        return new MeteredSessions(sessions, metrics);
    }

    /** Sign-in and throttling meters, read off the audit events as they are recorded. */
    public AuditTrail metered(AuditTrail trail) {
        return new MeteredAuditTrail(trail, metrics);
    }

    public MailSender metered(MailSender sender) {
        return new MeteredMailSender(sender, metrics);
    }

    /** The count of transactions run again after a deadlock or lock wait timeout; it climbs with contention. */
    public void watchTransactionRetries(LongSupplier retries) {
        metrics.register(GatehouseMetrics.TRANSACTION_RETRIES, (Gauge<Long>) retries::getAsLong);
    }

    public void watchBacklog(MailOutbox outbox) {
        metrics.register(GatehouseMetrics.OUTBOX_BACKLOG, new CachedGauge<Integer>(BACKLOG_CACHE_SECONDS, TimeUnit.SECONDS) {
            @Override
            protected Integer loadValue() {
                return outbox.backlog();
            }
        });
    }
}
