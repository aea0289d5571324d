package dev.gatehouse.application.port.in.session;

import dev.gatehouse.domain.session.Session;
import java.util.Objects;

/**
 * A session in its owner's list, marked when it is the one asking, with the name of the browser it
 * was signed in from as people know it ("Firefox on Windows").
 */
public record OwnSession(Session session, boolean current, String browser) {

    public OwnSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(browser, "browser");
    }
}
