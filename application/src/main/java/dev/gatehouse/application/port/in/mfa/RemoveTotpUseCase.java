package dev.gatehouse.application.port.in.mfa;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.mfa.SecondFactorEntry;
import dev.gatehouse.domain.shared.RequestOrigin;

public interface RemoveTotpUseCase {

    /**
     * Removes the account's authenticator app and its recovery codes, proven by a current code of the
     * app or a recovery code.
     *
     * @throws WrongSecondFactorException for a wrong or used code
     * @throws SecondFactorStateException when no app is set up
     */
    void remove(Authenticated current, SecondFactorEntry proof, RequestOrigin origin);
}
