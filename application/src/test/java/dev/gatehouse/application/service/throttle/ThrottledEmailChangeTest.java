package dev.gatehouse.application.service.throttle;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.account.ConfirmEmailChangeCommand;
import dev.gatehouse.application.port.in.account.RequestEmailChangeCommand;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.PasswordLoginCommand;
import dev.gatehouse.application.testing.InMemoryAttemptCounters;
import dev.gatehouse.application.testing.InMemoryAuditTrail;
import dev.gatehouse.application.testing.InMemoryDeviceTokens;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.application.testing.TestOrigins;
import dev.gatehouse.application.testing.TestSessions;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guessing throttle in front of both steps of a change of address, over scripted steps. */
class ThrottledEmailChangeTest {

    private static final String RIGHT_PASSWORD = "the right password, long enough";
    private static final String RIGHT_CODE = "314159";

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final Throttle throttle = new Throttle(new InMemoryAttemptCounters(), ThrottlePolicies.defaults());
    private final List<String> judged = new ArrayList<>();
    private final User ann = aUser().build();
    private final ThrottledEmailChange change = new ThrottledEmailChange(command -> {
        judged.add(command.password().map(ClearTextPassword::value).orElse(""));
        if (!command.password().map(ClearTextPassword::value).orElse("").equals(RIGHT_PASSWORD)) {
            throw new InvalidCredentialsException();
        }
    }, command -> {
        judged.add(command.code().digits());
        if (!command.code().digits().equals(RIGHT_CODE)) {
            throw new InvalidCodeException();
        }
        return ann;
    }, throttle, audit, clock);
    private final ThrottledPasswordLogin login = new ThrottledPasswordLogin(command -> {
        throw new InvalidCredentialsException();
    }, throttle, new InMemoryDeviceTokens(), audit, clock);

    private Authenticated annSignedIn() {
        SessionToken token = TestSessions.randomToken();
        return new Authenticated(token, TestSessions.aSession().of(ann).withToken(token).build(), ann,
                clock.instant().plus(Duration.ofHours(1)));
    }

    private void ask(String password) {
        change.requestEmailChange(new RequestEmailChangeCommand(annSignedIn(), EmailAddress.of("ann.new@example.org"),
                Optional.of(new ClearTextPassword(password)), TestOrigins.BROWSER));
    }

    private void enter(String code) {
        change.confirmEmailChange(new ConfirmEmailChangeCommand(annSignedIn(), new OneTimeCode(code), TestOrigins.BROWSER));
    }

    @Test
    void wrongPasswordsAndWrongCodesShareTheAccountsBudgetThenNothingIsJudged() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> ask("wrong")).isInstanceOf(InvalidCredentialsException.class);
        }
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> enter("000000")).isInstanceOf(InvalidCodeException.class);
        }
        int judgedBefore = judged.size();

        assertThatThrownBy(() -> ask(RIGHT_PASSWORD)).isInstanceOf(TooManyAttemptsException.class);
        assertThatThrownBy(() -> enter(RIGHT_CODE)).isInstanceOf(TooManyAttemptsException.class);
        assertThat(judged).hasSize(judgedBefore);
    }

    @Test
    void guessesAtTheChangeCountAgainstSignInToTheSameAddress() {
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> ask("wrong")).isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> login.logIn(new PasswordLoginCommand(ann.email(), new ClearTextPassword(RIGHT_PASSWORD),
                false, TestOrigins.OTHER_CLIENT))).isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void aRightCodeClearsTheAccountsCount() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> enter("000000")).isInstanceOf(InvalidCodeException.class);
        }
        enter(RIGHT_CODE);

        assertThatThrownBy(() -> enter("000000")).isInstanceOf(InvalidCodeException.class);
    }
}
