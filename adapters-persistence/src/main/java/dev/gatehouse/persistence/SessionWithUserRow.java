package dev.gatehouse.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A session joined with its user, whose columns carry the prefix {@code user_}. */
record SessionWithUserRow(SessionRow session, UserRow user) {

    static SessionWithUserRow read(ResultSet resultSet) throws SQLException {
        return new SessionWithUserRow(SessionRow.read(resultSet), UserRow.read(resultSet, "user_"));
    }
}
