package dev.gatehouse.persistence;

import dev.gatehouse.application.port.out.SessionData;
import dev.gatehouse.domain.session.SessionId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * {@link SessionData} in {@code session_data}, one row per session and name, removed with its
 * session by the foreign key. An update reads the row {@code FOR UPDATE} and writes it in the same
 * transaction: a second update of the same value waits for the first to commit, on any node.
 */
public final class JdbiSessionData implements SessionData {

    private final Jdbi jdbi;

    public JdbiSessionData(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public String update(SessionId session, String name, UnaryOperator<String> change) {
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a session data name is at most " + MAX_NAME_LENGTH + " characters");
        }
        String id = session.toString();
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
            SessionDataDao dao = handle.attach(SessionDataDao.class);
            dao.ensure(id, name);
            Optional<String> current = dao.lock(id, name);
            String changed = change.apply(current.orElse(""));
            if (changed.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException("a session data value is at most " + MAX_VALUE_LENGTH + " characters");
            }
            if (current.isPresent() && !current.get().equals(changed)) {
                dao.store(id, name, changed);
            }
            return changed;
        });
    }
}
