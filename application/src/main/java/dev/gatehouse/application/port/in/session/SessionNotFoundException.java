package dev.gatehouse.application.port.in.session;

/** No session with that id belongs to the asking user (whether or not it exists for another). */
public final class SessionNotFoundException extends RuntimeException {

    public SessionNotFoundException() {
        super("Session not found", null, false, false);
    }
}
