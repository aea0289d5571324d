-- Spring Security's users.ddl (JdbcUserDetailsManager's default queries), in MySQL's words and
-- with room for an email address as the user name.
CREATE TABLE IF NOT EXISTS users (
    username VARCHAR(254) NOT NULL PRIMARY KEY,
    password VARCHAR(500) NOT NULL,
    enabled BOOLEAN NOT NULL
) ENGINE = InnoDB;

CREATE TABLE IF NOT EXISTS authorities (
    username VARCHAR(254) NOT NULL,
    authority VARCHAR(50) NOT NULL,
    CONSTRAINT fk_authorities_users FOREIGN KEY (username) REFERENCES users (username),
    UNIQUE KEY ix_auth_username (username, authority)
) ENGINE = InnoDB;
