package dev.gatehouse.domain.code;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules every one-time code follows (OWASP ASVS 6.5): valid at most ten minutes, at most
 * {@link #MAX_ATTEMPTS_PER_CODE} wrong entries, and a cap on wrong entries per account per hour
 * that no new code resets.
 *
 * @param validity           how long a code may be used after it is issued
 * @param resendInterval     no new code is mailed to an address sooner than this after the last
 * @param maxAccountFailures wrong entries per account within {@code failureWindow} before refusal
 */
public record CodeRules(Duration validity, Duration resendInterval, int maxAccountFailures, Duration failureWindow) {

    public static final int MAX_ATTEMPTS_PER_CODE = 5;
    /**
     * How many of a user's newest codes for a purpose stay usable at once. With the default resend
     * interval (30 s) and the default per-address request throttle, no more than four newer codes
     * can be issued within a code's ten minutes, so a code lives out its validity whoever asks for
     * more; wrong entries count against all live codes together.
     */
    public static final int LIVE_CODES_KEPT = 5;
    public static final Duration MAX_VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_ACCOUNT_FAILURES_CAP = 100;

    public static final CodeRules DEFAULT =
            new CodeRules(MAX_VALIDITY, Duration.ofSeconds(30), MAX_ACCOUNT_FAILURES_CAP, Duration.ofHours(1));

    public CodeRules {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(resendInterval, "resendInterval");
        Objects.requireNonNull(failureWindow, "failureWindow");
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("code validity must be positive and at most " + MAX_VALIDITY);
        }
        if (resendInterval.isNegative()) {
            throw new IllegalArgumentException("resendInterval cannot be negative");
        }
        if (maxAccountFailures < 1 || maxAccountFailures > MAX_ACCOUNT_FAILURES_CAP) {
            throw new IllegalArgumentException("maxAccountFailures must be between 1 and " + MAX_ACCOUNT_FAILURES_CAP);
        }
        if (failureWindow.compareTo(Duration.ofHours(1)) < 0) {
            // A shorter window would allow more than the cap per hour.
            throw new IllegalArgumentException("failureWindow must be at least an hour");
        }
    }
}
