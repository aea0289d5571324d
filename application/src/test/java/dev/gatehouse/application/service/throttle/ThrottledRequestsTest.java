package dev.gatehouse.application.service.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.testing.InMemoryAttemptCounters;
import dev.gatehouse.application.testing.InMemoryDeviceTokens;
import dev.gatehouse.application.testing.MutableClock;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottledRequestsTest {

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final Throttle throttle = new Throttle(new InMemoryAttemptCounters(), ThrottlePolicies.defaults());
    private final List<String> mailed = new ArrayList<>();
    private final ThrottledCodeRequests codes = new ThrottledCodeRequests(
            command -> mailed.add("sign-in " + command.email().value()),
            command -> mailed.add("reset " + command.email().value()), throttle, new InMemoryDeviceTokens(), clock);

    private static RequestCodeCommand request(String email, String client) {
        return new RequestCodeCommand(EmailAddress.of(email), RequestOrigin.of(client, null));
    }

    @Test
    void codeRequestsForOneAddressAreThrottledWhicheverKindAndClient() {
        for (int i = 0; i < 5; i++) {
            codes.requestSignInCode(request("ann@example.org", "192.0.2." + i));
        }
        codes.requestPasswordReset(request("ann@example.org", "192.0.2.9"));

        assertThatThrownBy(() -> codes.requestSignInCode(request("ann@example.org", "192.0.2.10")))
                .isInstanceOfSatisfying(TooManyAttemptsException.class,
                        throttled -> assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
        assertThat(mailed).hasSize(6);
        codes.requestSignInCode(request("bob@example.org", "192.0.2.10"));
    }

    @Test
    void oneClientAskingForManyAddressesIsThrottled() {
        for (int i = 0; i < 21; i++) {
            codes.requestPasswordReset(request("person" + i + "@example.org", "203.0.113.5"));
        }

        assertThatThrownBy(() -> codes.requestPasswordReset(request("person99@example.org", "203.0.113.5")))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(mailed).hasSize(21);
    }

    @Test
    void oneIpv6ClientAskingFromManyAddressesOfItsSlash64IsThrottled() {
        for (int i = 0; i < 21; i++) {
            codes.requestSignInCode(request("person" + i + "@example.org", "2001:db8:5:5::" + (i + 1)));
        }

        assertThatThrownBy(() -> codes.requestPasswordReset(request("person99@example.org", "2001:db8:5:5:ffff::1")))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(mailed).hasSize(21);
    }

    @Test
    void registrationsFromOneSlash64AreCountedAsOneClient() {
        ThrottledRegistration registration = new ThrottledRegistration(command -> null, throttle, clock);
        for (int i = 0; i < 11; i++) {
            registration.register(new RegisterUserCommand(EmailAddress.of("v6r" + i + "@example.org"),
                    new ClearTextPassword("long enough password"), RequestOrigin.of("2001:db8:9:9::" + (i + 1), null)));
        }

        assertThatThrownBy(() -> registration.register(new RegisterUserCommand(EmailAddress.of("v6r99@example.org"),
                new ClearTextPassword("long enough password"), RequestOrigin.of("[2001:db8:9:9:abcd::1]", null))))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void registrationsAreCountedPerClient() {
        List<String> registered = new ArrayList<>();
        ThrottledRegistration registration = new ThrottledRegistration(command -> {
            registered.add(command.email().value());
            return null;
        }, throttle, clock);

        for (int i = 0; i < 11; i++) {
            registration.register(new RegisterUserCommand(EmailAddress.of("r" + i + "@example.org"),
                    new ClearTextPassword("long enough password"), RequestOrigin.of("203.0.113.5", null)));
        }

        assertThatThrownBy(() -> registration.register(new RegisterUserCommand(EmailAddress.of("r99@example.org"),
                new ClearTextPassword("long enough password"), RequestOrigin.of("203.0.113.5", null))))
                .isInstanceOf(TooManyAttemptsException.class);
        registration.register(new RegisterUserCommand(EmailAddress.of("other@example.org"),
                new ClearTextPassword("long enough password"), RequestOrigin.of("198.51.100.1", null)));
        assertThat(registered).hasSize(12);
    }
}
