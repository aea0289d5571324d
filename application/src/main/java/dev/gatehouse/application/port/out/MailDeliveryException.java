package dev.gatehouse.application.port.out;

/** Delivery failed for a reason that may pass (server down, timeout); the message should be retried. */
public final class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
