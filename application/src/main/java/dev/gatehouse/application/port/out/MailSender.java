package dev.gatehouse.application.port.out;

/** Delivers one message now, or fails; retrying is the outbox worker's job, not the sender's. */
public interface MailSender {

    /** @throws MailDeliveryException when the message could not be handed to the mail system */
    void send(OutgoingMail mail);

    /** A short description of why the transport cannot deliver right now, or empty when it can. */
    java.util.Optional<String> problem();
}
