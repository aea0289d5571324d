package dev.gatehouse.application.port.in.passkey;

import dev.gatehouse.domain.user.UserId;
import java.util.List;

public interface ListPasskeysUseCase {

    /** The account's passkeys, oldest first. */
    List<PasskeySummary> list(UserId owner);
}
