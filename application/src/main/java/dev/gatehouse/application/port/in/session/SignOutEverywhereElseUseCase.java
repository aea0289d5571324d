package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.shared.RequestOrigin;

/** Ends every session of the signed-in account except the one asking. */
public interface SignOutEverywhereElseUseCase {

    /** @return how many sessions ended */
    int signOutEverywhereElse(Authenticated current, RequestOrigin origin);
}
