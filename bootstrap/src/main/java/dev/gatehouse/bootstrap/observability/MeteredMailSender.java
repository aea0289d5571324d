package dev.gatehouse.bootstrap.observability;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import dev.gatehouse.application.port.out.MailDeliveryException;
import dev.gatehouse.application.port.out.MailSender;
import dev.gatehouse.application.port.out.OutgoingMail;
import java.util.Optional;

/**
 * Counts what the mail transport does with each message. Failures are passed on unchanged: the
 * outbox worker decides between retrying and dropping, this only makes the decision visible.
 */
final class MeteredMailSender implements MailSender {

    private final MailSender delegate;
    private final Timer sending;
    private final Meter failures;
    private final Meter rejected;

    MeteredMailSender(MailSender delegate, MetricRegistry metrics) {
        this.delegate = delegate;
        this.sending = metrics.timer(GatehouseMetrics.MAIL_SEND);
        this.failures = metrics.meter(GatehouseMetrics.MAIL_DELIVERY_FAILURES);
        this.rejected = metrics.meter(GatehouseMetrics.MAIL_REJECTED);
    }

    @Override
    public void send(OutgoingMail mail) {
        try (Timer.Context ignored = sending.time()) {
            delegate.send(mail);
        } catch (MailDeliveryException failure) {
            failures.mark();
            throw failure;
        } catch (IllegalArgumentException refused) {
            rejected.mark();
            throw refused;
        }
    }

    @Override
    public Optional<String> problem() {
        return delegate.problem();
    }
}
