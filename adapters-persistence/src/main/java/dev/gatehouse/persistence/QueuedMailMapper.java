package dev.gatehouse.persistence;

import static dev.gatehouse.persistence.UtcDateTimes.toInstant;

import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.QueuedMail;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;

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

    /** @param code the row's code, opened */
    static QueuedMail toDomain(QueuedMailRow row, OneTimeCode code) {
        OutgoingMail mail = new OutgoingMail(
                kindOf(row.kind()),
                new EmailAddress(row.recipient()),
                code,
                Duration.ofSeconds(row.validForSeconds()));
        return new QueuedMail(row.id(), mail, toInstant(row.enqueuedAt()), row.attempts());
    }
}
