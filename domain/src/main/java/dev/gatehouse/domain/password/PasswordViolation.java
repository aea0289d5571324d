package dev.gatehouse.domain.password;

/** One reason a password is refused, with a message a person can act on. */
public record PasswordViolation(Kind kind, String message) {

    public enum Kind { TOO_SHORT, TOO_LONG, COMMON, CONTEXT_SPECIFIC }
}
