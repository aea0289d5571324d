package dev.gatehouse.application.service.code;

import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.service.notice.SignInNotices;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.application.testing.DirectTransactionRunner;
import dev.gatehouse.application.testing.FakeCodeHasher;
import dev.gatehouse.application.testing.FastPasswordHasher;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryCodeFailures;
import dev.gatehouse.application.testing.InMemoryDeviceTokens;
import dev.gatehouse.application.testing.InMemoryIssuedCodes;
import dev.gatehouse.application.testing.InMemoryMailOutbox;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.ScriptedCodes;
import dev.gatehouse.application.testing.SeededTokens;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.List;

/** The code use cases over in-memory stores, a movable clock and scripted codes. */
final class CodeFakes {

    static final CodeRules RULES = new CodeRules(Duration.ofMinutes(10), Duration.ofSeconds(30), 100, Duration.ofHours(1));

    final MutableClock clock = MutableClock.atDefaultStart();
    final InMemoryUsers users = new InMemoryUsers();
    final InMemorySessions sessions = new InMemorySessions(users);
    final InMemoryIssuedCodes codes = new InMemoryIssuedCodes();
    final InMemoryCodeFailures failures = new InMemoryCodeFailures();
    final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    final FastPasswordHasher passwordHasher = new FastPasswordHasher();
    final SequentialIds ids = new SequentialIds();
    final ScriptedCodes generator;
    final DirectTransactionRunner transactions = new DirectTransactionRunner();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    final InMemoryDeviceTokens devices = new InMemoryDeviceTokens();

    CodeFakes(String... scriptedCodes) {
        this.generator = new ScriptedCodes(scriptedCodes);
    }

    CodeIssuer issuer() {
        return new CodeIssuer(codes, generator, new FakeCodeHasher(), outbox, RULES);
    }

    CodeChecker checker() {
        return new CodeChecker(users, codes, failures, new FakeCodeHasher(), RULES, transactions, audit);
    }

    SessionStarter sessionStarter() {
        return new SessionStarter(users, sessions, new SeededTokens(), ids, SessionLifetime.DEFAULT, transactions, audit,
                devices, new SignInNotices(devices, outbox, true));
    }

    RequestSignInCodeService requestSignInCode(boolean selfSignup) {
        return new RequestSignInCodeService(users, issuer(), ids, transactions, audit, clock, selfSignup);
    }

    AddressProofMail addressProofMail() {
        return new AddressProofMail(issuer(), outbox);
    }

    UnprovenPasswordRemoval removal() {
        return new UnprovenPasswordRemoval(addressProofMail(), audit);
    }

    VerifySignInCodeService verifySignInCode() {
        return new VerifySignInCodeService(users, sessions, checker(), sessionStarter(), removal(), clock);
    }

    RequestPasswordResetService requestPasswordReset() {
        return new RequestPasswordResetService(users, issuer(), transactions, audit, clock);
    }

    ConfirmPasswordResetService confirmPasswordReset() {
        PasswordPolicy policy = new PasswordPolicy(12, CommonPasswords.of(List.of("password1234")), "Gatehouse");
        return new ConfirmPasswordResetService(users, sessions, checker(), passwordHasher, policy, transactions, audit,
                outbox, removal(), clock);
    }

    User stored(User user) {
        users.add(user);
        return user;
    }

    User reloaded(User user) {
        return users.findById(user.id()).orElseThrow();
    }

    List<OutgoingMail> mailTo(EmailAddress address) {
        return outbox.queued().stream().filter(mail -> mail.to().equals(address)).toList();
    }
}
