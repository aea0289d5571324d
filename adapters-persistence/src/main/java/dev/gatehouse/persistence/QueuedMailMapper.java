package dev.gatehouse.persistence;

import static dev.gatehouse.persistence.UtcDateTimes.toInstant;

import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.QueuedMail;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Between {@link OutgoingMail} / {@link QueuedMail} and the columns of {@code mail_outbox}. */
final class QueuedMailMapper {

    private QueuedMailMapper() {
    }

    /**
     * The stored name of a kind, spelled out here rather than taken from {@link Enum#name()}, so
     * that renaming a constant breaks the build instead of the rows already queued.
     */
    static String kindId(MailKind kind) {
        return switch (kind) {
            case SIGN_IN_CODE -> "sign-in-code";
            case PASSWORD_RESET_CODE -> "password-reset-code";
            case ADDRESS_CONFIRMATION_CODE -> "address-confirmation-code";
            case EMAIL_CHANGE_CODE -> "email-change-code";
            case REGISTRATION_ATTEMPT -> "registration-attempt";
            case UNPROVEN_PASSWORD_REMOVED -> "unproven-password-removed";
            case EMAIL_CHANGE_REQUESTED -> "email-change-requested";
            case EMAIL_CHANGE_BLOCKED -> "email-change-blocked";
            case EMAIL_CHANGED -> "email-changed";
            case ACCOUNT_DELETED -> "account-deleted";
            case PASSWORD_CHANGED -> "password-changed";
            case NEW_BROWSER_SIGN_IN -> "new-browser-sign-in";
        };
    }

    static MailKind kindOf(String id) {
        for (MailKind kind : MailKind.values()) {
            if (kindId(kind).equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown mail kind: " + id);
    }

    /**
     * Whole seconds, rounded down: a message whose validity had a fraction of a second is dropped
     * that fraction sooner, never later.
     */
    static int validForSeconds(Duration validFor) {
        if (validFor.isNegative()) {
            throw new IllegalArgumentException("validFor cannot be negative");
        }
        return Math.toIntExact(validFor.toSeconds());
    }

    /** @param code the row's code, opened; empty for a notice */
    static QueuedMail toDomain(QueuedMailRow row, Optional<OneTimeCode> code) {
        Instant enqueuedAt = toInstant(row.enqueuedAt());
        Instant occurredAt = row.occurredAt() == null ? enqueuedAt : toInstant(row.occurredAt());
        MailFacts facts = new MailFacts(occurredAt, Optional.ofNullable(row.userAgent()),
                Optional.ofNullable(row.otherAddress()), Optional.ofNullable(row.timezone()).map(ZoneId::of));
        OutgoingMail mail = new OutgoingMail(
                kindOf(row.kind()),
                new EmailAddress(row.recipient()),
                code,
                Duration.ofSeconds(row.validForSeconds()),
                facts);
        return new QueuedMail(row.id(), mail, enqueuedAt, row.attempts());
    }
}
