package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.out.CodeGenerator;
import dev.gatehouse.application.port.out.CodeHasher;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * Issues a user's code for a purpose and puts its mail in the outbox, both in the caller's
 * transaction. The codes issued before stay usable (the newest few), so a request by someone else
 * does not take away the code its owner is typing. A request within the resend interval of the last
 * code is quietly dropped: the person already has a fresh code, and an attacker cannot flood the
 * inbox.
 */
public final class CodeIssuer {

    private final IssuedCodes codes;
    private final CodeGenerator generator;
    private final CodeHasher hasher;
    private final MailOutbox outbox;
    private final CodeRules rules;

    public CodeIssuer(IssuedCodes codes, CodeGenerator generator, CodeHasher hasher, MailOutbox outbox, CodeRules rules) {
        this.codes = codes;
        this.generator = generator;
        this.hasher = hasher;
        this.outbox = outbox;
        this.rules = rules;
    }

    /** @return whether a code was issued; false when the last one is too recent to replace */
    boolean issue(User user, CodePurpose purpose, Instant now) {
        return issue(user, purpose, mailKind(purpose), now);
    }

    /** As {@link #issue(User, CodePurpose, Instant)}, in a message of {@code kind}: a code of one purpose has several occasions. */
    public boolean issue(User user, CodePurpose purpose, MailKind kind, Instant now) {
        OneTimeCode code = generator.newCode();
        IssuedCode issued = IssuedCode.issue(user.id(), purpose, hasher.hash(user.id(), purpose, code), now, rules);
        if (!codes.add(issued, rules.resendInterval())) {
            return false;
        }
        outbox.enqueue(OutgoingMail.code(kind, user.email(), code, rules.validity(),
                MailFacts.at(now).inZone(user.timezone())), now);
        return true;
    }

    private static MailKind mailKind(CodePurpose purpose) {
        return switch (purpose) {
            case SIGN_IN -> MailKind.SIGN_IN_CODE;
            case PASSWORD_RESET -> MailKind.PASSWORD_RESET_CODE;
        };
    }
}
