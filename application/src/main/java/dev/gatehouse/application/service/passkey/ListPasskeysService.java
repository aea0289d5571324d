package dev.gatehouse.application.service.passkey;

import dev.gatehouse.application.port.in.passkey.ListPasskeysUseCase;
import dev.gatehouse.application.port.in.passkey.PasskeySummary;
import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.domain.user.UserId;
import java.util.List;

public final class ListPasskeysService implements ListPasskeysUseCase {

    private final Passkeys passkeys;

    public ListPasskeysService(Passkeys passkeys) {
        this.passkeys = passkeys;
    }

    @Override
    public List<PasskeySummary> list(UserId owner) {
        return passkeys.ofUser(owner).stream().map(PasskeySummary::of).toList();
    }
}
