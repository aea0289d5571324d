package dev.gatehouse.application.port.in.code;

/** One answer for a wrong, expired, used or exhausted code, and for an address without an account. */
public final class InvalidCodeException extends RuntimeException {

    public InvalidCodeException() {
        super("Invalid or expired code", null, false, false);
    }
}
