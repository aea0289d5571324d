package dev.gatehouse.application.port.in.passkey;

public interface RegisterPasskeyUseCase {

    /**
     * Verifies the new credential against a registration challenge issued to this account and adds
     * it; the challenge is used up either way.
     *
     * @throws InvalidPasskeyException when the credential cannot be read, answers no live challenge
     *         of this account, fails verification (origin, relying party, user verification), or is
     *         registered already
     */
    PasskeySummary register(RegisterPasskeyCommand command);
}
