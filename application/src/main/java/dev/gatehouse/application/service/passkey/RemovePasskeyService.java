package dev.gatehouse.application.service.passkey;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.passkey.PasskeyNotFoundException;
import dev.gatehouse.application.port.in.passkey.RemovePasskeyCommand;
import dev.gatehouse.application.port.in.passkey.RemovePasskeyUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import java.time.Clock;

/** Removes one of the account's passkeys; sessions it signed in stay (sign them out on the Sessions page). */
public final class RemovePasskeyService implements RemovePasskeyUseCase {

    private final Passkeys passkeys;
    private final AuditTrail audit;
    private final Clock clock;

    public RemovePasskeyService(Passkeys passkeys, AuditTrail audit, Clock clock) {
        this.passkeys = passkeys;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void remove(RemovePasskeyCommand command) {
        Actor actor = command.actor();
        if (!passkeys.remove(actor.user().id(), command.passkey())) {
            throw new PasskeyNotFoundException();
        }
        audit.record(AuditEvent.bySelf(clock.instant(), AuditEventType.PASSKEY_REMOVED, actor.audited(), AuditNote.NONE,
                actor.origin()));
    }
}
