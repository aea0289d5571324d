package dev.gatehouse.web;

import dev.gatehouse.application.port.in.mfa.ReauthenticateUseCase;
import dev.gatehouse.application.port.in.mfa.ReauthenticationProof;
import dev.gatehouse.application.port.in.mfa.SecondFactorStatus;
import dev.gatehouse.application.port.in.mfa.SecondFactorStatusUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * Second factors as the resource tests of other slices see them: no account has one, none must
 * enrol, and every session counts as recently authenticated.
 */
public final class NoSecondFactors {

    private NoSecondFactors() {
    }

    public static SecondFactorUseCases useCases() {
        return new SecondFactorUseCases(
                new dev.gatehouse.application.port.in.mfa.EnrolTotpUseCase() {
                    @Override
                    public dev.gatehouse.application.port.in.mfa.TotpEnrolment begin(Authenticated current,
                                                                                    RequestOrigin origin) {
                        throw new AssertionError("enrolling an authenticator app not expected");
                    }

                    @Override
                    public java.util.List<dev.gatehouse.domain.mfa.RecoveryCode> confirm(
                            Authenticated current, dev.gatehouse.domain.code.OneTimeCode code, RequestOrigin origin) {
                        throw new AssertionError("confirming an authenticator app not expected");
                    }
                },
                (current, proof, origin) -> { throw new AssertionError("removing an authenticator app not expected"); },
                command -> { throw new AssertionError("a second factor not expected"); },
                new ReauthenticateUseCase() {
                    @Override
                    public void reauthenticate(Authenticated current, ReauthenticationProof proof, RequestOrigin origin) {
                        throw new AssertionError("re-authentication not expected");
                    }

                    @Override
                    public void requireRecent(Authenticated current) {
                    }

                    @Override
                    public Instant recentUntil(Authenticated current) {
                        return Instant.MAX;
                    }
                },
                new SecondFactorStatusUseCase() {
                    @Override
                    public SecondFactorStatus status(User user) {
                        return new SecondFactorStatus(false, 0, false);
                    }

                    @Override
                    public boolean enrolmentRequired(User user) {
                        return false;
                    }
                });
    }
}
