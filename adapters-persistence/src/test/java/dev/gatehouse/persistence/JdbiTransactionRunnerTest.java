package dev.gatehouse.persistence;

import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static dev.gatehouse.application.testing.TestUsers.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.testing.FakeCodeHasher;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiTransactionRunnerTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private final Jdbi jdbi = DATABASE.database().jdbi();
    private final Users users = new JdbiUsers(jdbi);
    private final Sessions sessions = new JdbiSessions(jdbi);
    private final TransactionRunner transactions = new JdbiTransactionRunner(jdbi);

    @Test
    void commitsEveryWriteOfTheWorkAndReturnsItsResult() {
        User user = aUser().build();
        Session session = aSession().of(user).build();

        String result = transactions.inTransaction(() -> {
            users.add(user);
            sessions.add(session);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(users.findById(user.id())).isPresent();
        assertThat(sessions.findByUser(user.id())).extracting(Session::id).containsExactly(session.id());
    }

    @Test
    void rollsBackEveryWriteWhenTheWorkFails() {
        User user = aUser().build();
        IllegalStateException failure = new IllegalStateException("second thoughts");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            users.add(user);
            sessions.add(aSession().of(user).build());
            throw failure;
        })).isSameAs(failure);

        assertThat(users.findById(user.id())).isEmpty();
        assertThat(sessions.findByUser(user.id())).isEmpty();
    }

    @Test
    void rollsBackAnUpdateWhoseLaterWriteFails() {
        User user = aUser().build();
        users.add(user);
        User promoted = User.rebuild(user.id(), user.email(), Set.of(Role.USER, Role.ADMIN), AccountStatus.ACTIVE,
                user.createdAt(), null, null, user.passwordHash().orElse(null), true, false, null);
        Session orphan = aSession().of(aUser().build()).build();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            users.update(promoted);
            sessions.add(orphan);
        })).isInstanceOf(RuntimeException.class);

        assertThat(users.findById(user.id()).orElseThrow().roles()).containsExactly(Role.USER);
    }

    @Test
    void refusedRegistrationUndoesTheWholeUnitOfWork() {
        User first = aUser().withEmail(uniqueEmail("taken")).build();
        users.add(first);
        User bystander = aUser().build();
        User duplicate = aUser().withEmail(first.email()).build();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            users.add(bystander);
            users.add(duplicate);
        })).isInstanceOf(EmailAlreadyRegisteredException.class);

        assertThat(users.findById(bystander.id())).isEmpty();
    }

    @Test
    void nestedUnitsOfWorkJoinTheOuterTransaction() {
        User user = aUser().build();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.inTransaction(() -> users.add(user));
            throw new IllegalStateException("outer fails after inner finished");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(users.findById(user.id())).isEmpty();
    }

    @Test
    void aCodeAndItsMailCommitOrRollBackTogether() {
        User user = aUser().build();
        users.add(user);
        IssuedCodes codes = new JdbiIssuedCodes(jdbi);
        MailOutbox outbox = new JdbiMailOutbox(jdbi, TestSeals.standard());
        OneTimeCode secret = new OneTimeCode("123456");
        Instant now = Instant.parse("2025-03-04T09:15:30.123456Z");
        IssuedCode code = IssuedCode.issue(user.id(), CodePurpose.SIGN_IN,
                new FakeCodeHasher().hash(user.id(), CodePurpose.SIGN_IN, secret), now, CodeRules.DEFAULT);
        OutgoingMail mail = OutgoingMail.code(MailKind.SIGN_IN_CODE, user.email(), secret, CodeRules.DEFAULT.validity(), MailFacts.at(Instant.EPOCH));
        int backlog = outbox.backlog();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            codes.add(code, Duration.ZERO);
            outbox.enqueue(mail, now);
            throw new IllegalStateException("second thoughts");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(codes.newest(user.id(), CodePurpose.SIGN_IN)).isEmpty();
        assertThat(outbox.backlog()).isEqualTo(backlog);

        transactions.inTransaction(() -> {
            codes.add(code, Duration.ZERO);
            outbox.enqueue(mail, now);
        });
        assertThat(codes.newest(user.id(), CodePurpose.SIGN_IN)).isPresent();
        assertThat(outbox.backlog()).isEqualTo(backlog + 1);
    }

    @Test
    void runsWhatWaitsForTheCommitAfterTheOutermostTransactionCommits() {
        User user = aUser().build();
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        transactions.inTransaction(() -> {
            users.add(user);
            transactions.inTransaction(() -> transactions.afterCommit(() -> seen.add(
                    jdbi.withHandle(handle -> handle.isInTransaction() ? "inside" : "after")
                            + ":" + new JdbiUsers(jdbi).findById(user.id()).isPresent())));
            assertThat(seen).as("before the outer commit").isEmpty();
        });

        assertThat(seen).containsExactly("after:true");
    }

    @Test
    void dropsWhatWaitsForTheCommitWhenTheTransactionRollsBack() {
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.afterCommit(() -> seen.add("ran"));
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(seen).isEmpty();
    }

    @Test
    void runsAtOnceOutsideATransaction() {
        java.util.List<String> seen = new java.util.ArrayList<>();

        transactions.afterCommit(() -> seen.add("ran"));

        assertThat(seen).containsExactly("ran");
    }
}
