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
 *
 * <p>{@code meaning} is the {@link AuditDetail} the application recorded, whose text {@code detail}
 * is; the trail stores the text only, so an event read back from storage has none.
 */
public record AuditEvent(Instant at, AuditEventType type, Optional<AuditedAccount> actor,
                         Optional<AuditedAccount> subject, String detail, RequestOrigin origin,
                         Optional<AuditDetail> meaning) {

    public static final int MAX_DETAIL_LENGTH = 64;
    private static final Pattern DETAIL = Pattern.compile("[a-z0-9][a-z0-9 :-]{0," + (MAX_DETAIL_LENGTH - 1) + "}");

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(meaning, "meaning");
        if (!detail.isEmpty() && !DETAIL.matcher(detail).matches()) {
            throw new IllegalArgumentException("an audit detail is a short lower-case word list, not: " + detail);
        }
        if (meaning.isPresent() && !meaning.get().text().equals(detail)) {
            throw new IllegalArgumentException("the detail is the text of its meaning: " + detail);
        }
    }

    /** An event as stored, with its detail's text only. */
    public AuditEvent(Instant at, AuditEventType type, Optional<AuditedAccount> actor,
                      Optional<AuditedAccount> subject, String detail, RequestOrigin origin) {
        this(at, type, actor, subject, detail, origin, Optional.empty());
    }

    /** An event as the application records it; {@code actor} is absent for anonymous requests and operators. */
    public static AuditEvent of(Instant at, AuditEventType type, Optional<AuditedAccount> actor,
                                AuditedAccount subject, AuditDetail detail, RequestOrigin origin) {
        return new AuditEvent(at, type, actor, Optional.of(subject), detail.text(), origin, Optional.of(detail));
    }

    /** Something asked for an account by a request not signed in as it (a sign-in attempt, a code request). */
    public static AuditEvent anonymous(Instant at, AuditEventType type, AuditedAccount subject, AuditDetail detail,
                                       RequestOrigin origin) {
        return of(at, type, Optional.empty(), subject, detail, origin);
    }

    /** Something an account did to itself while signed in, or proved it is by signing in. */
    public static AuditEvent bySelf(Instant at, AuditEventType type, AuditedAccount self, AuditDetail detail,
                                    RequestOrigin origin) {
        return of(at, type, Optional.of(self), self, detail, origin);
    }

    /** Something one account did to another (an administrator's action). */
    public static AuditEvent byActor(Instant at, AuditEventType type, AuditedAccount actor, AuditedAccount subject,
                                     AuditDetail detail, RequestOrigin origin) {
        return of(at, type, Optional.of(actor), subject, detail, origin);
    }

    /** As {@link #anonymous(Instant, AuditEventType, AuditedAccount, AuditDetail, RequestOrigin)}, from stored text. */
    public static AuditEvent anonymous(Instant at, AuditEventType type, AuditedAccount subject, String detail,
                                       RequestOrigin origin) {
        return new AuditEvent(at, type, Optional.empty(), Optional.of(subject), detail, origin);
    }

    /** As {@link #bySelf(Instant, AuditEventType, AuditedAccount, AuditDetail, RequestOrigin)}, from stored text. */
    public static AuditEvent bySelf(Instant at, AuditEventType type, AuditedAccount self, String detail,
                                    RequestOrigin origin) {
        return new AuditEvent(at, type, Optional.of(self), Optional.of(self), detail, origin);
    }

    /** As {@link #byActor(Instant, AuditEventType, AuditedAccount, AuditedAccount, AuditDetail, RequestOrigin)}, from stored text. */
    public static AuditEvent byActor(Instant at, AuditEventType type, AuditedAccount actor, AuditedAccount subject,
                                     String detail, RequestOrigin origin) {
        return new AuditEvent(at, type, Optional.of(actor), Optional.of(subject), detail, origin);
    }
}
