package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.SessionData;
import dev.gatehouse.domain.session.SessionId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** {@link SessionData} in a map; the lock on the map makes each update one step, as the row lock does. */
public final class InMemorySessionData implements SessionData {

    private final InMemorySessions sessions;
    private final Map<String, String> values = new HashMap<>();

    public InMemorySessionData(InMemorySessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public synchronized String update(SessionId session, String name, UnaryOperator<String> change) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a session data name is at most " + MAX_NAME_LENGTH + " characters");
        }
        String key = session + "/" + name;
        boolean live = sessions.findById(session).isPresent();
        if (!live) {
            values.remove(key); // as the foreign key's cascade does
        }
        String changed = change.apply(values.getOrDefault(key, ""));
        if (changed.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("a session data value is at most " + MAX_VALUE_LENGTH + " characters");
        }
        if (live) {
            values.put(key, changed);
        }
        return changed;
    }
}
