package dev.gatehouse.application.testing;

import static dev.gatehouse.application.testing.StateAssertions.assertSameState;
import static dev.gatehouse.application.testing.TestSessions.aSession;
import static dev.gatehouse.application.testing.TestSessions.randomToken;
import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link Sessions} must do. Extend it once per implementation. Sessions belong to
 * stored users (a foreign key in the database), so every test adds the user through
 * {@link #users()} before adding its sessions. The tests never assume an empty store.
 */
public abstract class SessionsContract {

    private Users users;
    private Sessions sessions;

    /**
     * The user store the sessions under test read their owners from. Called lazily, once per
     * test, from inside the test method (so after every {@code @BeforeEach}).
     */
    protected abstract Users users();

    /** The store under test, over the same data as {@link #users()}. Called like {@link #users()}. */
    protected abstract Sessions sessions();

    private Users userStore() {
        if (users == null) {
            users = users();
        }
        return users;
    }

    private Sessions store() {
        if (sessions == null) {
            sessions = sessions();
        }
        return sessions;
    }

    private User storedUser() {
        User user = aUser().build();
        userStore().add(user);
        return user;
    }

    private Session stored(TestSessions session) {
        Session built = session.build();
        store().add(built);
        return built;
    }

    @Test
    void findsSessionAndItsUserByTokenHashWithEveryField() {
        User user = aUser().withRoles(Role.USER, Role.ADMIN).withTimezone("Europe/Lisbon")
                .lastLoginAt(Instant.parse("2025-03-04T07:59:59.654321Z")).build();
        userStore().add(user);
        SessionToken token = randomToken();
        Session session = stored(aSession().of(user).withToken(token)
                .lastSeenAt(TestSessions.DEFAULT_CREATED_AT.plusSeconds(90)));

        SessionOfUser found = store().findWithUserByTokenHash(token.hash()).orElseThrow();

        assertSameState(found.session(), session);
        assertSameState(found.user(), user);
    }

    @Test
    void findsNothingForUnknownTokenHash() {
        stored(aSession().of(storedUser()));

        assertThat(store().findWithUserByTokenHash(randomToken().hash())).isEmpty();
    }

    @Test
    void aReplacedTokenFindsItsSessionWithTheNewTokenAndTheCurrentOneStillWorks() {
        User user = storedUser();
        SessionToken first = randomToken();
        SessionToken second = randomToken();
        Session session = stored(aSession().of(user).withToken(first).rememberMe());
        Session rotated = session.withRotatedToken(second.hash(), TestSessions.DEFAULT_CREATED_AT.plusSeconds(3600));

        assertThat(store().replaceToken(rotated)).isTrue();

        assertSameState(store().findWithUserByTokenHash(second.hash()).orElseThrow().session(), rotated);
        assertSameState(store().findWithUserByReplacedTokenHash(first.hash()).orElseThrow().session(), rotated);
        assertThat(store().findWithUserByTokenHash(first.hash())).isEmpty();
        assertThat(store().findWithUserByReplacedTokenHash(second.hash())).isEmpty();
    }

    @Test
    void ofTwoRotationsOfOneTokenOnlyTheFirstTakes() {
        SessionToken first = randomToken();
        Session session = stored(aSession().of(storedUser()).withToken(first).rememberMe());
        Session winner = session.withRotatedToken(randomToken().hash(), TestSessions.DEFAULT_CREATED_AT.plusSeconds(3600));
        Session loser = session.withRotatedToken(randomToken().hash(), TestSessions.DEFAULT_CREATED_AT.plusSeconds(3600));

        assertThat(store().replaceToken(winner)).isTrue();
        assertThat(store().replaceToken(loser)).isFalse();

        assertThat(store().findWithUserByTokenHash(winner.tokenHash())).isPresent();
        assertThat(store().findWithUserByTokenHash(loser.tokenHash())).isEmpty();
    }

    @Test
    void aSecondRotationForgetsTheFirstToken() {
        SessionToken first = randomToken();
        Session session = stored(aSession().of(storedUser()).withToken(first).rememberMe());
        Session once = session.withRotatedToken(randomToken().hash(), TestSessions.DEFAULT_CREATED_AT.plusSeconds(3600));
        Session twice = once.withRotatedToken(randomToken().hash(), TestSessions.DEFAULT_CREATED_AT.plusSeconds(7200));

        store().replaceToken(once);
        store().replaceToken(twice);

        assertThat(store().findWithUserByReplacedTokenHash(first.hash())).isEmpty();
        assertThat(store().findWithUserByReplacedTokenHash(once.tokenHash())).isPresent();
    }

    @Test
    void lookupShowsTheUsersCurrentState() {
        User user = storedUser();
        SessionToken token = randomToken();
        stored(aSession().of(user).withToken(token));

        User deactivated = User.rebuild(user.id(), user.email(), user.roles(), AccountStatus.DISABLED, user.createdAt(),
                user.lastLoginAt().orElse(null), user.timezone().orElse(null), user.passwordHash().orElse(null), true, false, null);
        userStore().update(deactivated);

        assertThat(store().findWithUserByTokenHash(token.hash()).orElseThrow().user().active()).isFalse();
    }

    @Test
    void findsOnlyTheGivenUsersSessions() {
        User ann = storedUser();
        User bob = storedUser();
        Session annAtWork = stored(aSession().of(ann));
        Session annAtHome = stored(aSession().of(ann).rememberMe());
        stored(aSession().of(bob));

        assertThat(store().findByUser(ann.id())).extracting(Session::id)
                .containsExactlyInAnyOrder(annAtWork.id(), annAtHome.id());
    }

    @Test
    void findsNoSessionsForUserWithoutAny() {
        stored(aSession().of(storedUser()));

        assertThat(store().findByUser(storedUser().id())).isEmpty();
        assertThat(store().findByUser(new UserId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void sessionsFoundByUserCarryEveryField() {
        User user = storedUser();
        Session session = stored(aSession().of(user).rememberMe()
                .absoluteExpiresAt(TestSessions.DEFAULT_CREATED_AT.plusSeconds(30 * 24 * 3600)));

        assertThat(store().findByUser(user.id())).singleElement()
                .satisfies(found -> assertSameState(found, session));
    }

    @Test
    void recordLastSeenMovesOnlyTheLastSeenTime() {
        SessionToken token = randomToken();
        Session session = stored(aSession().of(storedUser()).withToken(token));
        Instant seen = session.createdAt().plusSeconds(61).plusNanos(1_000);

        store().recordLastSeen(session.id(), seen);

        Session found = store().findWithUserByTokenHash(token.hash()).orElseThrow().session();
        assertSameState(found, session.seenAt(seen));
    }

    @Test
    void recordLastSeenTouchesNoOtherSession() {
        User user = storedUser();
        Session touched = stored(aSession().of(user));
        SessionToken otherToken = randomToken();
        Session other = stored(aSession().of(user).withToken(otherToken));

        store().recordLastSeen(touched.id(), touched.createdAt().plusSeconds(300));

        assertSameState(store().findWithUserByTokenHash(otherToken.hash()).orElseThrow().session(), other);
    }

    @Test
    void recordLastSeenOfVanishedSessionIsHarmless() {
        SessionId vanished = new SessionId(UUID.randomUUID());

        assertThatCode(() -> store().recordLastSeen(vanished, Instant.parse("2025-03-04T10:00:00Z")))
                .doesNotThrowAnyException();
    }

    @Test
    void removeReportsTrueOnceThenFalse() {
        SessionToken token = randomToken();
        Session session = stored(aSession().of(storedUser()).withToken(token));

        assertThat(store().remove(session.id())).isTrue();
        assertThat(store().remove(session.id())).isFalse();
        assertThat(store().findWithUserByTokenHash(token.hash())).isEmpty();
    }

    @Test
    void removeOfUnknownSessionReportsFalse() {
        assertThat(store().remove(new SessionId(UUID.randomUUID()))).isFalse();
    }

    @Test
    void removingOneSessionLeavesTheUsersOthers() {
        User user = storedUser();
        Session removed = stored(aSession().of(user));
        Session kept = stored(aSession().of(user));

        store().remove(removed.id());

        assertThat(store().findByUser(user.id())).extracting(Session::id).containsExactly(kept.id());
    }

    @Test
    void removeOwnedByRemovesTheOwnersSession() {
        User owner = storedUser();
        Session session = stored(aSession().of(owner));

        assertThat(store().removeOwnedBy(owner.id(), session.id())).isTrue();

        assertThat(store().findByUser(owner.id())).isEmpty();
        assertThat(store().removeOwnedBy(owner.id(), session.id())).isFalse();
    }

    @Test
    void removeOwnedByRefusesAnotherUsersSessionAndLeavesIt() {
        User owner = storedUser();
        User stranger = storedUser();
        SessionToken token = randomToken();
        Session session = stored(aSession().of(owner).withToken(token));

        assertThat(store().removeOwnedBy(stranger.id(), session.id())).isFalse();

        assertSameState(store().findWithUserByTokenHash(token.hash()).orElseThrow().session(), session);
    }

    @Test
    void removeOwnedByOfUnknownSessionReportsFalse() {
        assertThat(store().removeOwnedBy(storedUser().id(), new SessionId(UUID.randomUUID()))).isFalse();
    }

    @Test
    void removeAllOfEndsEverySessionOfTheUserAndNoOtherUsers() {
        User user = storedUser();
        User bystander = storedUser();
        stored(aSession().of(user));
        stored(aSession().of(user).rememberMe());
        SessionToken token = randomToken();
        Session kept = stored(aSession().of(bystander).withToken(token));

        assertThat(store().removeAllOf(user.id())).isEqualTo(2);

        assertThat(store().findByUser(user.id())).isEmpty();
        assertSameState(store().findWithUserByTokenHash(token.hash()).orElseThrow().session(), kept);
        assertThat(store().removeAllOf(user.id())).isZero();
    }

    @Test
    void removeAllOfExceptKeepsTheNamedSessionAndOtherUsers() {
        User user = storedUser();
        User bystander = storedUser();
        Session current = stored(aSession().of(user));
        stored(aSession().of(user));
        stored(aSession().of(user).rememberMe());
        stored(aSession().of(bystander));

        assertThat(store().removeAllOfExcept(user.id(), current.id())).isEqualTo(2);

        assertThat(store().findByUser(user.id())).extracting(Session::id).containsExactly(current.id());
        assertThat(store().findByUser(bystander.id())).hasSize(1);
        assertThat(store().removeAllOfExcept(user.id(), current.id())).isZero();
    }

    @Test
    void removeAllOfUserWithoutSessionsRemovesNothing() {
        assertThat(store().removeAllOf(storedUser().id())).isZero();
        assertThat(store().removeAllOf(new UserId(UUID.randomUUID()))).isZero();
    }

    @Test
    void removeExpiredRemovesEndedAndIdlePlainSessionsButKeepsRememberMeSessionsThatSatIdle() {
        Instant now = Instant.parse("2025-03-04T20:00:00.000001Z");
        Instant idleCutoff = now.minusSeconds(30 * 60);
        User user = storedUser();
        Session endedNow = stored(aSession().of(user).lastSeenAt(now.minusSeconds(60)).absoluteExpiresAt(now));
        Session idleSinceCutoff = stored(aSession().of(user).lastSeenAt(idleCutoff).absoluteExpiresAt(now.plusSeconds(3600)));
        Session rememberMeEnded = stored(aSession().of(user).rememberMe().lastSeenAt(now.minusSeconds(60))
                .absoluteExpiresAt(now.minusNanos(1_000)));
        Session recentlyUsed = stored(aSession().of(user).lastSeenAt(idleCutoff.plusNanos(1_000))
                .absoluteExpiresAt(now.plusNanos(1_000)));
        Session rememberMeIdle = stored(aSession().of(user).rememberMe().createdAt(now.minusSeconds(3 * 86_400))
                .lastSeenAt(idleCutoff.minusSeconds(86_400))
                .absoluteExpiresAt(now.plusSeconds(86_400)));

        int removed = store().removeExpired(now, idleCutoff);

        // Other tests' sessions may have ended too: at least ours went.
        assertThat(removed).isGreaterThanOrEqualTo(3);
        assertThat(store().findByUser(user.id())).extracting(Session::id)
                .containsExactlyInAnyOrder(recentlyUsed.id(), rememberMeIdle.id())
                .doesNotContain(endedNow.id(), idleSinceCutoff.id(), rememberMeEnded.id());
        assertThat(store().removeExpired(now, idleCutoff)).isZero();
    }

    @Test
    void sessionWithoutUserAgentRoundTrips() {
        SessionToken token = randomToken();
        Session session = stored(aSession().of(storedUser()).withToken(token).withoutUserAgent());

        Session found = store().findWithUserByTokenHash(token.hash()).orElseThrow().session();

        assertThat(found.userAgent()).isEmpty();
        assertSameState(found, session);
    }

    @ParameterizedTest
    @EnumSource(SignInMethod.class)
    void keepsHowTheSessionWasSignedIn(SignInMethod method) {
        SessionToken token = randomToken();
        Session session = aSession().of(storedUser()).withToken(token).build().signedInBy(method);
        store().add(session);

        Session found = store().findWithUserByTokenHash(token.hash()).orElseThrow().session();

        assertThat(found.signInMethod()).contains(method);
        assertSameState(found, session);
    }

    @Test
    void keepsLongestUserAgentWithNonAsciiCharacters() {
        String userAgent = ("Mozilla/5.0 (Ünïcödé; 日本語) " + "x".repeat(Session.MAX_USER_AGENT_LENGTH))
                .substring(0, Session.MAX_USER_AGENT_LENGTH);
        SessionToken token = randomToken();
        stored(aSession().of(storedUser()).withToken(token).withUserAgent(userAgent));

        Session found = store().findWithUserByTokenHash(token.hash()).orElseThrow().session();

        assertThat(found.userAgent()).contains(userAgent);
    }

    @Test
    void keepsInstantsToTheMicrosecond() {
        Instant created = Instant.parse("2025-03-04T08:00:00.999999Z");
        Instant lastSeen = Instant.parse("2025-03-04T08:30:00.000001Z");
        Instant end = Instant.parse("2025-04-03T08:00:00.123456Z");
        SessionToken token = randomToken();
        stored(aSession().of(storedUser()).withToken(token).createdAt(created).lastSeenAt(lastSeen)
                .absoluteExpiresAt(end).rememberMe());

        Session found = store().findWithUserByTokenHash(token.hash()).orElseThrow().session();

        assertThat(found.createdAt()).isEqualTo(created);
        assertThat(found.lastSeenAt()).isEqualTo(lastSeen);
        assertThat(found.absoluteExpiresAt()).isEqualTo(end);
        assertThat(found.rememberMe()).isTrue();
    }

    @Test
    void refusesSessionOfUserThatIsNotStored() {
        Session orphan = aSession().of(new UserId(UUID.randomUUID())).build();

        assertThatThrownBy(() -> store().add(orphan)).isInstanceOf(RuntimeException.class);

        assertThat(store().findByUser(orphan.userId())).isEmpty();
    }
}
