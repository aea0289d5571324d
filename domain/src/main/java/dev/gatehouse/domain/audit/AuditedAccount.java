package dev.gatehouse.domain.audit;

import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * An account as the audit trail names it: the address as it was at the time, so a row still
 * reads right after the account changes or is purged, and the id when an account exists (a
 * failed sign-in for an address nobody registered has none).
 */
public record AuditedAccount(Optional<UserId> id, EmailAddress email) {

    public AuditedAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
    }

    public static AuditedAccount of(User user) {
        return new AuditedAccount(Optional.of(user.id()), user.email());
    }

    public static AuditedAccount unknown(EmailAddress email) {
        return new AuditedAccount(Optional.empty(), email);
    }

    /**
     * The name a deleted account keeps in the trail: a fresh id that nothing else holds, and an
     * address under the reserved {@code .invalid} domain made from it, which no one can receive or
     * register, so a row still reads as "this account did that" without saying whose it was.
     */
    public static AuditedAccount deleted(UserId pseudonym) {
        return new AuditedAccount(Optional.of(pseudonym), new EmailAddress("deleted-" + pseudonym + "@deleted.invalid"));
    }
}
