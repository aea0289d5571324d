package dev.gatehouse.application.port.in.admin;

/** No account has that id. */
public final class UserNotFoundException extends RuntimeException {

    public UserNotFoundException() {
        super("User not found", null, false, false);
    }
}
