package dev.gatehouse.application.service.admin;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.SignOutEverywhereCommand;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase.RevokedSessions;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignOutUserEverywhereServiceTest {

    private final AdministrationFixture fixture = new AdministrationFixture();
    private final SignOutUserEverywhereService service =
            new SignOutUserEverywhereService(fixture.users, fixture.sessions, fixture.audit, fixture.clock);

    @Test
    void anAdministratorsRequestEndsThemAndIsAudited() {
        User admin = fixture.stored(aUser());
        User ann = fixture.stored(aUser());
        fixture.sessionOf(ann);
        fixture.sessionOf(ann);

        int ended = service.signOutEverywhere(ann.id(), new Actor(admin, TestOrigins.BROWSER));

        assertThat(ended).isEqualTo(2);
        assertThat(fixture.sessions.findByUser(ann.id())).isEmpty();
        AuditEvent event = fixture.audit.only(AuditEventType.SESSION_REVOKED);
        assertThat(event.actor().orElseThrow().id()).contains(admin.id());
        assertThat(event.subject().orElseThrow().id()).contains(ann.id());
        assertThat(event.detail()).isEqualTo("all sessions");
        assertThat(event.at()).isEqualTo(fixture.clock.instant());
    }

    @Test
    void endsEverySessionOfTheAccountFoundById() {
        User ann = fixture.stored(aUser());
        fixture.sessionOf(ann);
        fixture.sessionOf(ann);

        RevokedSessions revoked = service.signOutEverywhere(SignOutEverywhereCommand.byOperator(ann.id()));

        assertThat(revoked.count()).isEqualTo(2);
        assertThat(revoked.user().id()).isEqualTo(ann.id());
        assertThat(fixture.sessions.findByUser(ann.id())).isEmpty();
    }

    @Test
    void anOperatorsRequestIsNotRecordedInTheTrail() {
        User ann = fixture.stored(aUser());
        fixture.sessionOf(ann);

        service.signOutEverywhere(SignOutEverywhereCommand.byOperator(ann.id()));

        assertThat(fixture.audit.events()).isEmpty();
    }

    @Test
    void findsTheAccountByAddressAsTyped() {
        User ann = fixture.stored(aUser());
        fixture.sessionOf(ann);

        RevokedSessions revoked = service.signOutEverywhere(
                SignOutEverywhereCommand.byOperator(EmailAddress.of(" " + ann.email().value().toUpperCase() + " ")));

        assertThat(revoked.count()).isEqualTo(1);
        assertThat(fixture.sessions.findByUser(ann.id())).isEmpty();
    }

    @Test
    void leavesOtherAccountsSessionsAlone() {
        User ann = fixture.stored(aUser());
        User bob = fixture.stored(aUser());
        fixture.sessionOf(ann);
        Session bobs = fixture.sessionOf(bob);

        service.signOutEverywhere(SignOutEverywhereCommand.byOperator(ann.id()));

        assertThat(fixture.sessions.findByUser(bob.id())).extracting(Session::id).containsExactly(bobs.id());
    }

    @Test
    void answersZeroForAnAccountWithoutSessions() {
        User withoutSessions = fixture.stored(aUser());

        RevokedSessions revoked = service.signOutEverywhere(SignOutEverywhereCommand.byOperator(withoutSessions.id()));

        assertThat(revoked.count()).isZero();
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
