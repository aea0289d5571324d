package dev.gatehouse.bootstrap.cli;

/**
 * A command refused to go on for a reason the operator can act on, told in its message as the one
 * line the command line prints: an address that is already an administrator, a value that is not an
 * address. Never carries a secret.
 */
public final class CommandFailure extends RuntimeException {

    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
