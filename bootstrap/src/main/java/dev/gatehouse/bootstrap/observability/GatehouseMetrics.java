package dev.gatehouse.bootstrap.observability;

/**
 * The names of Gatehouse's own metrics, all under {@code gatehouse.}, in one place so that the
 * metrics table in docs/operations.md, dashboards and tests agree with the code. They are recorded
 * at the edges (decorators around outbound ports, built in bootstrap), never inside the application
 * core.
 */
public final class GatehouseMetrics {

    public static final String PREFIX = "gatehouse.";

    /** Timer: computing a new password hash (Argon2id), without the wait for a hashing slot. */
    public static final String PASSWORD_HASH = PREFIX + "passwords.hash";
    /** Timer: checking a password against a stored hash, without the wait for a hashing slot. */
    public static final String PASSWORD_VERIFY = PREFIX + "passwords.verify";

    /** Timer: finding a session and its user by token hash, done for every authenticated request. */
    public static final String SESSION_LOOKUP = PREFIX + "sessions.lookup";
    /** Meter: lookups that found a session (it may still be expired: that is the use case's call). */
    public static final String SESSION_LOOKUP_FOUND = SESSION_LOOKUP + ".found";
    /** Meter: lookups for a token that has no session (unknown, ended, purged). */
    public static final String SESSION_LOOKUP_MISSING = SESSION_LOOKUP + ".missing";

    /** Timer: handing one message to the mail transport, successful or not. */
    public static final String MAIL_SEND = PREFIX + "mail.send";
    /** Meter: messages the transport could not take now; the outbox retries them with back-off. */
    public static final String MAIL_DELIVERY_FAILURES = PREFIX + "mail.delivery-failures";
    /** Meter: messages the transport refused outright (an address it cannot carry); dropped. */
    public static final String MAIL_REJECTED = PREFIX + "mail.rejected";
    /** Gauge: messages waiting in the outbox, on all nodes together (it is one table). */
    public static final String OUTBOX_BACKLOG = PREFIX + "mail.outbox-backlog";

    /**
     * Gauge: transactions run again since start because the database rolled them back for a deadlock
     * or a lock wait timeout (see {@code RetryingTransactionHandler}); it only grows.
     */
    public static final String TRANSACTION_RETRIES = PREFIX + "database.transaction-retries";

    private GatehouseMetrics() {
    }

    /**
     * Meter for sign-ins by method and outcome, e.g. {@code gatehouse.sign-ins.password.failed}.
     * Marked from the audit events ({@link MeteredAuditTrail}); methods are {@code password},
     * {@code code} and {@code password-change}.
     */
    public static String signIns(String method, boolean succeeded) {
        return PREFIX + "sign-ins." + method + (succeeded ? ".succeeded" : ".failed");
    }

    /**
     * Meter for guesses refused by throttling, by what was guessed, e.g. {@code gatehouse.throttled.password}
     * ({@code code}, {@code password-reset}, {@code password-change}).
     */
    public static String throttled(String what) {
        return PREFIX + "throttled." + what;
    }
}
