package dev.gatehouse.domain.audit;

/**
 * The detail of an audit event, as a value of Gatehouse's fixed vocabulary. {@link #text()} is what
 * the trail stores and shows ({@code password: wrong-password}, {@code sign-in: recently-sent},
 * {@code admin}); whoever needs to know what happened (the meters) reads the value, never the text.
 */
public sealed interface AuditDetail permits Attempt, CodeRequest, AuditedRole, AuditNote {

    /** The stored form. It never changes for a given value: the trail's rows and their readers depend on it. */
    String text();
}
