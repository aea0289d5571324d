package dev.gatehouse.mail.smtp;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach the SMTP server. Every timeout is bounded, because a hanging server must not
 * hold a delivery thread (or a health check) for ever.
 */
public record SmtpSettings(
        String host,
        int port,
        TlsMode tls,
        Optional<String> username,
        Optional<String> password,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || host.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("host must be a host name or address");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        // The user name travels inside an SMTP command line; a line break would start another command.
        if (username.filter(name -> name.isBlank() || name.chars().anyMatch(Character::isISOControl)).isPresent()) {
            throw new IllegalArgumentException("username must not be blank or contain control characters");
        }
        if (password.isPresent() && username.isEmpty()) {
            throw new IllegalArgumentException("a password needs a username");
        }
        requireUsableTimeout(connectTimeout, "connectTimeout");
        requireUsableTimeout(readTimeout, "readTimeout");
        requireUsableTimeout(writeTimeout, "writeTimeout");
    }

    private static void requireUsableTimeout(Duration timeout, String name) {
        Objects.requireNonNull(timeout, name);
        // Jakarta Mail takes whole milliseconds as an int, and reads 0 as "wait for ever".
        if (timeout.toMillis() < 1 || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be between 1 ms and about 24 days");
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", tls=" + tls
                + ", username=" + username.orElse("(none)")
                + ", password=" + (password.isPresent() ? "(redacted)" : "(none)")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", writeTimeout=" + writeTimeout + "]";
    }
}
