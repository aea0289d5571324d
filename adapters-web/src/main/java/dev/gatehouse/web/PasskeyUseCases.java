package dev.gatehouse.web;

import dev.gatehouse.application.port.in.passkey.ListPasskeysUseCase;
import dev.gatehouse.application.port.in.passkey.PasskeySignInUseCase;
import dev.gatehouse.application.port.in.passkey.RegisterPasskeyUseCase;
import dev.gatehouse.application.port.in.passkey.RemovePasskeyUseCase;
import dev.gatehouse.application.port.in.passkey.StartPasskeyRegistrationUseCase;
import dev.gatehouse.application.port.in.passkey.StartPasskeySignInUseCase;

/** Passkeys: adding, listing and removing an account's own, and signing in with one; API and pages alike. */
public record PasskeyUseCases(StartPasskeyRegistrationUseCase startRegistration, RegisterPasskeyUseCase register,
                              ListPasskeysUseCase list, RemovePasskeyUseCase remove,
                              StartPasskeySignInUseCase startSignIn, PasskeySignInUseCase signIn) {
}
