package dev.gatehouse.application.port.in.mail;

/** Run periodically by the host: delivers what the outbox holds. */
public interface DeliverQueuedMailUseCase {

    /** @return how many messages were delivered in this run */
    int deliverDue();
}
