package dev.gatehouse.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/** A row of {@code users} with the role names of its {@code user_roles} rows. Times are UTC. */
record UserRow(String id, String email, String passwordHash, String status, LocalDateTime createdAt,
               LocalDateTime lastLoginAt, String timezone, boolean emailVerified, boolean passwordUnproven,
               String registrationTokenHash, List<String> roles) {

    /** The separator of the role names that {@code GROUP_CONCAT} joins into one column. */
    static final String ROLE_SEPARATOR = ",";

    UserRow {
        roles = List.copyOf(roles);
    }

    /** Reads the columns named {@code prefix + "id"}, {@code prefix + "email"} and so on. */
    static UserRow read(ResultSet resultSet, String prefix) throws SQLException {
        String roles = resultSet.getString(prefix + "roles");
        return new UserRow(
                resultSet.getString(prefix + "id"),
                resultSet.getString(prefix + "email"),
                resultSet.getString(prefix + "password_hash"),
                resultSet.getString(prefix + "status"),
                resultSet.getObject(prefix + "created_at", LocalDateTime.class),
                resultSet.getObject(prefix + "last_login_at", LocalDateTime.class),
                resultSet.getString(prefix + "timezone"),
                resultSet.getBoolean(prefix + "email_verified"),
                resultSet.getBoolean(prefix + "password_unproven"),
                resultSet.getString(prefix + "registration_token_hash"),
                roles == null ? List.of() : List.of(roles.split(ROLE_SEPARATOR)));
    }
}
