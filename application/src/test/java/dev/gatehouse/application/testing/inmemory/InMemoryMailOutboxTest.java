package dev.gatehouse.application.testing.inmemory;

import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.testing.InMemoryMailOutbox;
import dev.gatehouse.application.testing.MailOutboxContract;

class InMemoryMailOutboxTest extends MailOutboxContract {

    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();

    @Override
    protected MailOutbox mailOutbox() {
        return outbox;
    }
}
