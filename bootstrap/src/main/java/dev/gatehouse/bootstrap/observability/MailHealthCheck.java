package dev.gatehouse.bootstrap.observability;

import com.codahale.metrics.health.HealthCheck;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.MailSender;

/** The mail transport can deliver, and reports how much mail waits in the outbox either way. */
public final class MailHealthCheck extends HealthCheck {

    private final MailSender sender;
    private final MailOutbox outbox;

    public MailHealthCheck(MailSender sender, MailOutbox outbox) {
        this.sender = sender;
        this.outbox = outbox;
    }

    @Override
    protected Result check() {
        int backlog = outbox.backlog();
        return sender.problem()
                .map(problem -> Result.builder().unhealthy().withMessage(problem).withDetail("outboxBacklog", backlog).build())
                .orElseGet(() -> Result.builder().healthy().withDetail("outboxBacklog", backlog).build());
    }
}
