package dev.gatehouse.application.port.in.passkey;

/** No passkey of that id belongs to the account asking. */
public final class PasskeyNotFoundException extends RuntimeException {

    public PasskeyNotFoundException() {
        super("No such passkey", null, false, false);
    }
}
