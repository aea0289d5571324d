package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.session.SessionId;
import java.util.function.UnaryOperator;

/**
 * A session's own data: small named values that belong to one session and end with it (a product's
 * per-session state, such as the metered articles' reading count). Values live on the server, never
 * in the cookie, so a client can neither read nor reset them.
 */
public interface SessionData {

    int MAX_NAME_LENGTH = 64;
    int MAX_VALUE_LENGTH = 1024;

    /**
     * Replaces the value under {@code name} by {@code change} applied to it ({@code ""} when there is
     * none yet), as one step: two updates of the same value at once are applied one after the
     * other, never both to the same old value. A session that no longer exists stores nothing.
     *
     * @return the value now stored (or that would have been, for a session that no longer exists)
     * @throws IllegalArgumentException for a name or a new value over its maximum length
     */
    String update(SessionId session, String name, UnaryOperator<String> change);
}
