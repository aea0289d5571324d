package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.in.mail.DeliverQueuedMailUseCase;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.MailSender;
import dev.gatehouse.application.service.mail.DeliverQueuedMailService;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.config.MailFactory;
import dev.gatehouse.bootstrap.jobs.BackgroundJobs;
import dev.gatehouse.bootstrap.observability.MailHealthCheck;
import dev.gatehouse.bootstrap.observability.Observability;
import dev.gatehouse.mail.LogMailSender;
import dev.gatehouse.mail.MailSettings;
import dev.gatehouse.mail.smtp.SmtpMailSender;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;

/**
 * Wires mail delivery: the configured transport (the log or SMTP), the job that sends what waits in
 * the outbox, and the {@code mail} health check. Delivery may run on every node, since claiming
 * outbox rows is itself safe across nodes.
 */
public final class MailWiring {

    private MailWiring() {
    }

    public static void wire(GatehouseConfiguration configuration, Environment environment, MailOutbox outbox,
                            BackgroundJobs jobs, Observability observability, Clock clock) {
        MailSender sender = observability.metered(
                mailSender(configuration.getMail(), configuration.getServiceName(), clock));
        observability.watchBacklog(outbox);
        environment.healthChecks().register("mail", new MailHealthCheck(sender, outbox));
        DeliverQueuedMailUseCase delivery = new DeliverQueuedMailService(outbox, sender, clock);
        jobs.every(configuration.getMail().deliveryInterval(), "mail delivery", delivery::deliverDue);
    }

    private static MailSender mailSender(MailFactory mail, String productName, Clock clock) {
        MailSettings settings = mail.settings(productName);
        return switch (mail.transport()) {
            case LOG -> new LogMailSender(settings);
            case SMTP -> new SmtpMailSender(mail.smtp().settings(), settings, clock);
        };
    }
}
