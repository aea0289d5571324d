package dev.gatehouse.application.service.session;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.application.testing.InMemoryDeviceTokens;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.domain.throttle.DeviceToken;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignInNoticesTest {

    private static final Instant LAST_WEEK = Instant.parse("2025-01-01T00:00:00Z");

    private final SessionFakes fakes = new SessionFakes();

    private User returning(String email) {
        return fakes.stored(aUser().withEmail(email).lastLoginAt(LAST_WEEK).withTimezone("Europe/Paris"));
    }

    private SignedIn signIn(User user, SignInMethod method, HeldTokens held) {
        return fakes.sessionStarter().start(user, user, method, false, TestOrigins.BROWSER, held, fakes.clock.instant());
    }

    private static HeldTokens holding(DeviceToken device) {
        return new HeldTokens(Optional.empty(), Optional.of(device));
    }

    @ParameterizedTest
    @EnumSource(SignInMethod.class)
    void aSignInFromABrowserNotRecognisedTellsTheOwnerWhenFromWhichBrowserAndInTheirZone(SignInMethod method) {
        User ann = returning("ann@example.org");

        signIn(ann, method, HeldTokens.NONE);

        assertThat(fakes.outbox.queued()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(MailKind.NEW_BROWSER_SIGN_IN);
            assertThat(notice.to()).isEqualTo(ann.email());
            assertThat(notice.code()).isEmpty();
            assertThat(notice.facts().occurredAt()).isEqualTo(fakes.clock.instant());
            assertThat(notice.facts().userAgent()).contains(TestOrigins.FIREFOX);
            assertThat(notice.facts().timezone()).contains(ZoneId.of("Europe/Paris"));
        });
    }

    @Test
    void aBrowserHoldingTheDeviceTokenOfAnEarlierSignInIsNotNews() {
        User ann = returning("ann@example.org");
        SignedIn first = signIn(ann, SignInMethod.PASSWORD, HeldTokens.NONE);
        fakes.clock.advance(Duration.ofDays(3));

        signIn(fakes.users.findById(ann.id()).orElseThrow(), SignInMethod.CODE, holding(first.device().token()));

        assertThat(fakes.outbox.queued()).as("only the first sign-in's notice").hasSize(1);
    }

    @Test
    void aDeviceTokenOfAnotherAccountDoesNotMakeTheBrowserKnownToThisOne() {
        User ann = returning("ann@example.org");
        User bob = returning("bob@example.org");
        DeviceToken bobsBrowser = fakes.devices.issue(bob.email(), fakes.clock.instant()).token();

        signIn(ann, SignInMethod.PASSWORD, holding(bobsBrowser));

        assertThat(fakes.outbox.queued()).extracting(OutgoingMail::to).containsExactly(ann.email());
    }

    @Test
    void anExpiredDeviceTokenNoLongerRecognisesTheBrowser() {
        User ann = returning("ann@example.org");
        DeviceToken old = fakes.devices.issue(ann.email(), fakes.clock.instant()).token();
        fakes.clock.advance(InMemoryDeviceTokens.VALIDITY.plusDays(1));

        signIn(ann, SignInMethod.PASSWORD, holding(old));

        assertThat(fakes.outbox.queued()).extracting(OutgoingMail::kind).containsExactly(MailKind.NEW_BROWSER_SIGN_IN);
    }

    @Test
    void theFirstSignInAnAccountEverHasIsNotNewsToItsOwner() {
        User neverSignedIn = fakes.stored(aUser().withEmail("new@example.org"));
        User pending = fakes.stored(aUser().withEmail("pending@example.org").pending());

        signIn(neverSignedIn, SignInMethod.PASSWORD, HeldTokens.NONE);
        fakes.sessionStarter().start(pending, pending.activated(null), SignInMethod.CODE, false, TestOrigins.BROWSER,
                HeldTokens.NONE, fakes.clock.instant());

        assertThat(fakes.outbox.queued()).isEmpty();
    }

    @Test
    void noNoticeWhenTheSettingIsOff() {
        fakes.newBrowserSignInNotices = false;
        User ann = returning("ann@example.org");

        signIn(ann, SignInMethod.PASSWORD, HeldTokens.NONE);

        assertThat(fakes.outbox.queued()).isEmpty();
    }

    @Test
    void aRefusedSignInTellsNothing() {
        User decidedOn = returning("ann@example.org");
        fakes.users.update(decidedOn.disable());

        assertThatThrownBy(() -> signIn(decidedOn, SignInMethod.PASSWORD, HeldTokens.NONE))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(fakes.outbox.queued()).isEmpty();
    }
}
