package dev.gatehouse.application.testing;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditTrail} must do. Extend it once per implementation; each test starts from
 * an empty trail ({@link #auditTrail()} is called once per test, after every {@code @BeforeEach}).
 */
public abstract class AuditTrailContract {

    /** In whole microseconds, as storage keeps them. */
    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30.123456Z");
    private static final RequestOrigin ORIGIN = RequestOrigin.of("203.0.113.9", "Mozilla/5.0 (X11; Linux x86_64)");

    private AuditTrail trail;

    /** An empty trail under test. */
    protected abstract AuditTrail auditTrail();

    private AuditTrail store() {
        if (trail == null) {
            trail = auditTrail();
        }
        return trail;
    }

    private static AuditEvent signInAt(Instant at, String email) {
        return AuditEvent.anonymous(at, AuditEventType.SIGN_IN_FAILED, AuditedAccount.unknown(EmailAddress.of(email)),
                "password: unknown-account", ORIGIN);
    }

    @Test
    void keepsEveryFieldOfAnEvent() {
        User admin = aUser().withEmail("root@example.org").build();
        User subject = aUser().withEmail("ann@example.org").build();
        AuditEvent event = AuditEvent.byActor(NOW, AuditEventType.ROLE_GRANTED, AuditedAccount.of(admin),
                AuditedAccount.of(subject), "admin", ORIGIN);

        store().record(event);

        assertThat(store().newestFirst(0, 10)).extracting(RecordedAuditEvent::event).containsExactly(event);
    }

    @Test
    void keepsAnEventWithoutActorOrUserAgentOrDetail() {
        AuditEvent event = new AuditEvent(NOW, AuditEventType.PASSWORD_RESET, Optional.empty(),
                Optional.of(AuditedAccount.unknown(EmailAddress.of("bob@example.org"))), "",
                RequestOrigin.of("2001:db8::1", null));

        store().record(event);

        assertThat(store().newestFirst(0, 10)).extracting(RecordedAuditEvent::event).containsExactly(event);
    }

    @Test
    void listsNewestFirstAndBreaksTiesByOrderOfRecording() {
        store().record(signInAt(NOW, "first@example.org"));
        store().record(signInAt(NOW.plusSeconds(60), "latest@example.org"));
        store().record(signInAt(NOW, "second@example.org"));

        assertThat(store().newestFirst(0, 10))
                .extracting(recorded -> recorded.event().subject().orElseThrow().email().value())
                .containsExactly("latest@example.org", "second@example.org", "first@example.org");
    }

    @Test
    void pagesWithOffsetAndLimitAndCountsAll() {
        for (int i = 0; i < 5; i++) {
            store().record(signInAt(NOW.plusSeconds(i), "user" + i + "@example.org"));
        }

        assertThat(store().count()).isEqualTo(5);
        assertThat(store().newestFirst(1, 2))
                .extracting(recorded -> recorded.event().subject().orElseThrow().email().value())
                .containsExactly("user3@example.org", "user2@example.org");
        assertThat(store().newestFirst(5, 2)).isEmpty();
    }

    @Test
    void givesEachEventAGrowingId() {
        store().record(signInAt(NOW, "a@example.org"));
        store().record(signInAt(NOW, "b@example.org"));

        assertThat(store().newestFirst(0, 2)).extracting(RecordedAuditEvent::id)
                .satisfies(ids -> assertThat(ids.get(0)).isGreaterThan(ids.get(1)));
    }

    @Test
    void removesOnlyEventsOlderThanTheCutoff() {
        store().record(signInAt(NOW.minusSeconds(1), "old@example.org"));
        store().record(signInAt(NOW, "kept@example.org"));

        assertThat(store().removeOlderThan(NOW)).isEqualTo(1);
        assertThat(store().newestFirst(0, 10))
                .extracting(recorded -> recorded.event().subject().orElseThrow().email().value())
                .containsExactly("kept@example.org");
    }

    @Test
    void aboutListsTheEventsWhoseSubjectOrActorIsTheAccountNewestFirst() {
        User ann = aUser().withEmail("ann@example.org").build();
        User bob = aUser().withEmail("bob@example.org").build();
        AuditEvent registered = AuditEvent.bySelf(NOW, AuditEventType.REGISTERED, AuditedAccount.of(ann), "", ORIGIN);
        AuditEvent disabledBob = AuditEvent.byActor(NOW.plusSeconds(1), AuditEventType.USER_DISABLED,
                AuditedAccount.of(ann), AuditedAccount.of(bob), "", ORIGIN);
        AuditEvent bobsOwn = AuditEvent.bySelf(NOW.plusSeconds(2), AuditEventType.REGISTERED, AuditedAccount.of(bob), "",
                ORIGIN);
        store().record(registered);
        store().record(disabledBob);
        store().record(bobsOwn);

        assertThat(store().about(ann.id())).extracting(RecordedAuditEvent::event).containsExactly(disabledBob, registered);
        assertThat(store().about(aUser().build().id())).isEmpty();
    }

    @Test
    void pseudonymiseRenamesTheAccountWhereverItIsNamedAndLeavesOthersAlone() {
        User ann = aUser().withEmail("ann@example.org").build();
        User bob = aUser().withEmail("bob@example.org").build();
        AuditedAccount pseudonym = AuditedAccount.deleted(aUser().build().id());
        store().record(AuditEvent.bySelf(NOW, AuditEventType.REGISTERED, AuditedAccount.of(ann), "", ORIGIN));
        store().record(signInAt(NOW, "ann@example.org"));
        store().record(AuditEvent.byActor(NOW, AuditEventType.USER_DISABLED, AuditedAccount.of(ann),
                AuditedAccount.of(bob), "", ORIGIN));
        store().record(signInAt(NOW, "carol@example.org"));

        store().pseudonymise(ann.id(), ann.email(), pseudonym);

        List<AuditEvent> events = store().newestFirst(0, 10).stream().map(RecordedAuditEvent::event).toList();
        assertThat(events).flatExtracting(event -> Stream.concat(event.actor().stream(), event.subject().stream()).toList())
                .noneMatch(named -> ((AuditedAccount) named).email().equals(ann.email())
                        || ((AuditedAccount) named).id().equals(Optional.of(ann.id())));
        assertThat(events).filteredOn(event -> event.type() == AuditEventType.USER_DISABLED).singleElement()
                .satisfies(event -> {
                    assertThat(event.actor()).contains(pseudonym);
                    assertThat(event.subject()).contains(AuditedAccount.of(bob));
                });
        assertThat(events).filteredOn(event -> event.type() == AuditEventType.REGISTERED).singleElement()
                .satisfies(event -> assertThat(event.subject()).contains(pseudonym));
        assertThat(events).filteredOn(event -> event.subject().orElseThrow().email().value().startsWith("carol"))
                .hasSize(1);
        assertThat(store().about(ann.id())).isEmpty();
    }
}
