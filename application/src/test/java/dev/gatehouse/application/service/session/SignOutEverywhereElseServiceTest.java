package dev.gatehouse.application.service.session;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.service.session.SessionFakes.StoredSession;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.User;
import org.junit.jupiter.api.Test;

class SignOutEverywhereElseServiceTest {

    private final SessionFakes fakes = new SessionFakes();
    private final SignOutEverywhereElseService service =
            new SignOutEverywhereElseService(fakes.sessions, fakes.audit, fakes.clock);
    private final User ann = fakes.stored(aUser());
    private final User bob = fakes.stored(aUser());

    @Test
    void endsEveryOtherSessionOfTheAccountAndKeepsTheAskingOne() {
        StoredSession asking = fakes.storedSessionStartingNow(ann);
        fakes.storedSessionStartingNow(ann);
        fakes.storedSessionStartingNow(ann);
        StoredSession bobs = fakes.storedSessionStartingNow(bob);

        int ended = service.signOutEverywhereElse(asking.asAuthenticated(), TestOrigins.BROWSER);

        assertThat(ended).isEqualTo(2);
        assertThat(fakes.sessions.findByUser(ann.id())).extracting(Session::id).containsExactly(asking.session().id());
        assertThat(fakes.sessions.findByUser(bob.id())).extracting(Session::id).containsExactly(bobs.session().id());
        assertThat(fakes.audit.only(AuditEventType.SESSION_REVOKED).detail()).isEqualTo("all-others");
    }

    @Test
    void withNoOtherSessionNothingEndsAndNothingIsAudited() {
        StoredSession asking = fakes.storedSessionStartingNow(ann);

        assertThat(service.signOutEverywhereElse(asking.asAuthenticated(), TestOrigins.BROWSER)).isZero();
        assertThat(fakes.audit.events()).isEmpty();
    }
}
