package dev.gatehouse.domain.password;

import dev.gatehouse.domain.user.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password rules of NIST SP 800-63B / OWASP ASVS 6.2: a minimum length counted in Unicode code
 * points, a generous maximum that is never silently truncated, no composition rules, and refusal
 * of common and context-specific passwords.
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 1024;
    /** Shorter context words (a local part like "jo") would refuse half of all passwords. */
    private static final int MIN_CONTEXT_WORD_LENGTH = 4;

    private final int minLength;
    private final CommonPasswords commonPasswords;
    private final String serviceName;

    public PasswordPolicy(int minLength, CommonPasswords commonPasswords, String serviceName) {
        if (minLength < 8 || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("minimum password length must be between 8 and " + MAX_LENGTH);
        }
        this.minLength = minLength;
        this.commonPasswords = commonPasswords;
        this.serviceName = serviceName.toLowerCase(Locale.ROOT);
    }

    public int minLength() {
        return minLength;
    }

    /** Refuses a password with every reason that applies, so the person can fix all at once. */
    public void enforce(ClearTextPassword password, EmailAddress owner) {
        List<PasswordViolation> violations = violations(password, owner);
        if (!violations.isEmpty()) {
            throw new PasswordRejectedException(violations);
        }
    }

    /**
     * The one rule that holds for any password presented, new or at sign-in: at most
     * {@link #MAX_LENGTH} code points, checked before any hashing so an oversized one costs nothing.
     */
    public static void enforceMaxLength(ClearTextPassword password) {
        if (password.codePointLength() > MAX_LENGTH) {
            throw new PasswordRejectedException(List.of(tooLong()));
        }
    }

    private static PasswordViolation tooLong() {
        return new PasswordViolation(PasswordViolation.Kind.TOO_LONG, "Password must be at most " + MAX_LENGTH + " characters");
    }

    public List<PasswordViolation> violations(ClearTextPassword password, EmailAddress owner) {
        int length = password.codePointLength();
        if (length > MAX_LENGTH) {
            // Answer before any other work: an oversized password is refused cheaply.
            return List.of(tooLong());
        }
        List<PasswordViolation> violations = new ArrayList<>();
        if (length < minLength) {
            violations.add(new PasswordViolation(PasswordViolation.Kind.TOO_SHORT,
                    "Password must be at least " + minLength + " characters"));
        }
        if (commonPasswords.contains(password)) {
            violations.add(new PasswordViolation(PasswordViolation.Kind.COMMON,
                    "Password is too common; choose one that others are unlikely to use"));
        }
        if (containsContextWord(password.value().toLowerCase(Locale.ROOT), owner)) {
            violations.add(new PasswordViolation(PasswordViolation.Kind.CONTEXT_SPECIFIC,
                    "Password must not contain your email address or the service name"));
        }
        return violations;
    }

    private boolean containsContextWord(String password, EmailAddress owner) {
        for (String word : List.of(owner.value(), owner.localPart(), serviceName)) {
            if (password.equals(word) || word.length() >= MIN_CONTEXT_WORD_LENGTH && password.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
