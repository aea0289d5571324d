package dev.gatehouse.application.port.in.mfa;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.mfa.RecoveryCode;
import dev.gatehouse.domain.shared.RequestOrigin;
import java.util.List;

/** Setting up an authenticator app: a pending secret, then its confirmation with a first code. */
public interface EnrolTotpUseCase {

    /**
     * A new pending secret in place of any pending one; not asked at sign-in until confirmed.
     *
     * @throws SecondFactorStateException when an app is already confirmed
     * @throws dev.gatehouse.application.port.in.session.EmailUnverifiedException for an address never proven
     */
    TotpEnrolment begin(Authenticated current, RequestOrigin origin);

    /**
     * Confirms the pending secret with a current code: from now on sign-ins ask for a second factor.
     *
     * @return ten single-use recovery codes, shown this once
     * @throws WrongSecondFactorException for a code that is not the app's
     * @throws SecondFactorStateException when nothing is pending
     */
    List<RecoveryCode> confirm(Authenticated current, OneTimeCode code, RequestOrigin origin);
}
