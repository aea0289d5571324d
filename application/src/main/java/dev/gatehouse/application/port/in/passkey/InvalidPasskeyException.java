package dev.gatehouse.application.port.in.passkey;

/**
 * A new passkey refused: its credential could not be read, answered no live registration challenge
 * of the account, failed verification, or is registered already. The reason is for the log and the
 * problem's detail; it names no key material.
 */
public final class InvalidPasskeyException extends RuntimeException {

    public InvalidPasskeyException(String reason) {
        super(reason, null, false, false);
    }
}
