package dev.gatehouse.mail.smtp;

/** How the connection to the SMTP server is protected. */
public enum TlsMode {
    /** Plain text throughout; only for a relay on the same host or a trusted network. */
    NONE,
    /** Upgrade with STARTTLS before anything else is said, and fail if the server does not offer it. */
    STARTTLS,
    /** TLS from the first byte ("SMTPS", usually port 465). */
    IMPLICIT
}
