package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.application.service.throttle.Throttle;
import dev.gatehouse.bootstrap.wiring.Persistence.Accounts;
import java.time.Clock;

/**
 * What both ways of signing in (password, one-time code) build on: the accounts, the credentials, the
 * throttle in front of every guess and the session each successful sign-in starts.
 */
public record SignInPorts(Accounts accounts, Credentials credentials, Throttle throttle, SessionStarter sessionStarter,
                          Clock clock) {
}
