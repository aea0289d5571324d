package dev.gatehouse.domain.audit;

import dev.gatehouse.domain.shared.RequestOrigin;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One security-relevant thing that happened: who did it ({@code actor}, absent for anonymous
 * requests), to which account ({@code subject}), and from where. {@code detail} is a short,
 * fixed vocabulary such as {@code password} or {@code wrong-password}, never free text from a
 * request, so no password, code or token can end up in it.
 */
public record AuditEvent(Instant at, AuditEventType type, Optional<AuditedAccount> actor,
                         Optional<AuditedAccount> subject, String detail, RequestOrigin origin) {

    public static final int MAX_DETAIL_LENGTH = 64;
    private static final Pattern DETAIL = Pattern.compile("[a-z0-9][a-z0-9 :-]{0," + (MAX_DETAIL_LENGTH - 1) + "}");

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(detail, "detail");
        if (!detail.isEmpty() && !DETAIL.matcher(detail).matches()) {
            throw new IllegalArgumentException("an audit detail is a short lower-case word list, not: " + detail);
        }
    }

    /** Something asked for an account by a request not signed in as it (a sign-in attempt, a code request). */
    public static AuditEvent anonymous(Instant at, AuditEventType type, AuditedAccount subject, String detail,
                                       RequestOrigin origin) {
        return new AuditEvent(at, type, Optional.empty(), Optional.of(subject), detail, origin);
    }

    /** Something an account did to itself while signed in, or proved it is by signing in. */
    public static AuditEvent bySelf(Instant at, AuditEventType type, AuditedAccount self, String detail,
                                    RequestOrigin origin) {
        return new AuditEvent(at, type, Optional.of(self), Optional.of(self), detail, origin);
    }

    /** Something one account did to another (an administrator's action). */
    public static AuditEvent byActor(Instant at, AuditEventType type, AuditedAccount actor, AuditedAccount subject,
                                     String detail, RequestOrigin origin) {
        return new AuditEvent(at, type, Optional.of(actor), Optional.of(subject), detail, origin);
    }
}
