package dev.gatehouse.application.service.admin;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.SignOutEverywhereCommand;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase.RevokedSessions;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemorySessions;
import dev.gatehouse.application.testing.InMemoryUsers;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.SequentialIds;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignOutUserEverywhereServiceTest {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySessions sessions = new InMemorySessions(users);
    private final SequentialIds ids = new SequentialIds();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final MutableClock clock = MutableClock.atDefaultStart();
    private final SignOutUserEverywhereService service = new SignOutUserEverywhereService(users, sessions, audit, clock);

    private User stored() {
        User user = aUser().build();
        users.add(user);
        return user;
    }

    private Session sessionOf(User user) {
        Session session = TestSessions.aSession().of(user).withId(ids.newSessionId()).build();
        sessions.add(session);
        return session;
    }

    @Test
    void anAdministratorsRequestEndsThemAndIsAudited() {
        User admin = stored();
        User ann = stored();
        sessionOf(ann);
        sessionOf(ann);

        int ended = service.signOutEverywhere(ann.id(), new Actor(admin, TestOrigins.BROWSER));

        assertThat(ended).isEqualTo(2);
        assertThat(sessions.findByUser(ann.id())).isEmpty();
        AuditEvent event = audit.only(AuditEventType.SESSION_REVOKED);
        assertThat(event.actor().orElseThrow().id()).contains(admin.id());
        assertThat(event.subject().orElseThrow().id()).contains(ann.id());
        assertThat(event.detail()).isEqualTo("all sessions");
        assertThat(event.at()).isEqualTo(clock.instant());
    }

    @Test
    void endsEverySessionOfTheAccountFoundById() {
        User ann = stored();
        sessionOf(ann);
        sessionOf(ann);

        RevokedSessions revoked = service.signOutEverywhere(SignOutEverywhereCommand.byOperator(ann.id()));

        assertThat(revoked.count()).isEqualTo(2);
        assertThat(revoked.user().id()).isEqualTo(ann.id());
        assertThat(sessions.findByUser(ann.id())).isEmpty();
    }

    @Test
    void anOperatorsRequestIsNotRecordedInTheTrail() {
        User ann = stored();
        sessionOf(ann);

        service.signOutEverywhere(SignOutEverywhereCommand.byOperator(ann.id()));

        assertThat(audit.events()).isEmpty();
    }

    @Test
    void findsTheAccountByAddressAsTyped() {
        User ann = stored();
        sessionOf(ann);

        RevokedSessions revoked = service.signOutEverywhere(
                SignOutEverywhereCommand.byOperator(EmailAddress.of(" " + ann.email().value().toUpperCase() + " ")));

        assertThat(revoked.count()).isEqualTo(1);
        assertThat(sessions.findByUser(ann.id())).isEmpty();
    }

    @Test
    void leavesOtherAccountsSessionsAlone() {
        User ann = stored();
        User bob = stored();
        sessionOf(ann);
        Session bobs = sessionOf(bob);

        service.signOutEverywhere(SignOutEverywhereCommand.byOperator(ann.id()));

        assertThat(sessions.findByUser(bob.id())).extracting(Session::id).containsExactly(bobs.id());
    }

    @Test
    void answersZeroForAnAccountWithoutSessions() {
        assertThat(service.signOutEverywhere(SignOutEverywhereCommand.byOperator(stored().id())).count()).isZero();
    }

    @Test
    void refusesUnknownAccounts() {
        UserId unknown = new UserId(UUID.randomUUID());
        assertThatThrownBy(() -> service.signOutEverywhere(SignOutEverywhereCommand.byOperator(unknown)))
                .isInstanceOf(UserNotFoundException.class);
        EmailAddress nobody = EmailAddress.of("nobody@example.org");
        assertThatThrownBy(() -> service.signOutEverywhere(SignOutEverywhereCommand.byOperator(nobody)))
                .isInstanceOf(UserNotFoundException.class);
    }
}
