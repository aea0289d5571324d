package dev.gatehouse.persistence;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

interface SessionDataDao {

    /**
     * Makes sure the row exists and holds its exclusive lock from here on: an existing row is
     * "updated" to itself, which locks it at once. (A plain INSERT IGNORE would take only a shared
     * lock on it, and two updates holding one each would deadlock on the way to the exclusive
     * lock.) For a session that no longer exists the foreign key refuses the row, which IGNORE turns
     * into a warning: the read then finds nothing.
     */
    @SqlUpdate("""
            INSERT IGNORE INTO session_data (session_id, name, value) VALUES (:session, :name, '')
                ON DUPLICATE KEY UPDATE value = value
            """)
    void ensure(@Bind("session") String session, @Bind("name") String name);

    @SqlQuery("SELECT value FROM session_data WHERE session_id = :session AND name = :name FOR UPDATE")
    Optional<String> lock(@Bind("session") String session, @Bind("name") String name);

    @SqlUpdate("UPDATE session_data SET value = :value WHERE session_id = :session AND name = :name")
    void store(@Bind("session") String session, @Bind("name") String name, @Bind("value") String value);
}
