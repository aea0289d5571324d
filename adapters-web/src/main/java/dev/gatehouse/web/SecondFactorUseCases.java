package dev.gatehouse.web;

import dev.gatehouse.application.port.in.mfa.CompleteSecondFactorUseCase;
import dev.gatehouse.application.port.in.mfa.EnrolTotpUseCase;
import dev.gatehouse.application.port.in.mfa.ReauthenticateUseCase;
import dev.gatehouse.application.port.in.mfa.RemoveTotpUseCase;
import dev.gatehouse.application.port.in.mfa.SecondFactorStatusUseCase;

/**
 * Second factors and sudo mode, served by the JSON API and the pages alike: enrolling and removing
 * an authenticator app, the second step of a sign-in, re-authentication, and each account's status.
 */
public record SecondFactorUseCases(EnrolTotpUseCase enrol, RemoveTotpUseCase remove,
                                   CompleteSecondFactorUseCase complete, ReauthenticateUseCase reauthenticate,
                                   SecondFactorStatusUseCase status) {
}
