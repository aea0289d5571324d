package dev.gatehouse.bootstrap.wiring;

import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.in.session.IssuePreSessionTokenUseCase;
import dev.gatehouse.application.port.in.session.ListOwnSessionsUseCase;
import dev.gatehouse.application.port.in.session.LogOutUseCase;
import dev.gatehouse.application.port.in.session.RevokeOwnSessionUseCase;
import dev.gatehouse.application.port.in.session.RotateSessionTokenUseCase;
import dev.gatehouse.application.port.in.session.SignOutEverywhereElseUseCase;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.MailOutbox;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.service.notice.SignInNotices;
import dev.gatehouse.application.service.session.AuthenticateSessionService;
import dev.gatehouse.application.service.session.IssuePreSessionTokenService;
import dev.gatehouse.application.service.session.ListOwnSessionsService;
import dev.gatehouse.application.service.session.LogOutService;
import dev.gatehouse.application.service.session.RevokeOwnSessionService;
import dev.gatehouse.application.service.session.RotateSessionTokenService;
import dev.gatehouse.application.service.session.SecondFactorGate;
import dev.gatehouse.application.service.session.SessionStarter;
import dev.gatehouse.application.service.session.SignOutEverywhereElseService;
import dev.gatehouse.bootstrap.config.NotificationsFactory;
import dev.gatehouse.bootstrap.config.SessionsFactory;
import dev.gatehouse.bootstrap.wiring.Persistence.Accounts;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.TokenRotation;
import dev.gatehouse.mail.UapBrowserNames;
import java.time.Clock;

/**
 * Wires the session slice: starting a session (for either way of signing in), recognising it on each
 * request, rotating its token, and the owner's own view of their sessions. A sign-in from a browser
 * not recognised puts its notice in the {@code outbox} unless {@code notifications} turn it off.
 */
public final class SessionWiring {

    /** {@code starter} is no inbound port: the sign-in slices start their sessions with it. */
    public record SessionUseCases(SessionStarter starter, AuthenticateSessionUseCase authenticate,
                                  RotateSessionTokenUseCase rotateToken, LogOutUseCase logOut,
                                  ListOwnSessionsUseCase listOwn, RevokeOwnSessionUseCase revokeOwn,
                                  SignOutEverywhereElseUseCase signOutEverywhereElse,
                                  IssuePreSessionTokenUseCase issuePreSessionToken) {
    }

    private SessionWiring() {
    }

    public static SessionUseCases wire(SessionsFactory settings, NotificationsFactory notifications, Accounts accounts,
                                       MailOutbox outbox, Credentials credentials, SecondFactorGate secondFactor,
                                       Clock clock) {
        SessionLifetime lifetime = settings.lifetime();
        TokenRotation rotation = settings.tokenRotation();
        Sessions sessions = accounts.sessions();
        AuditTrail audit = accounts.audit();
        return new SessionUseCases(
                new SessionStarter(accounts.users(), sessions, credentials.random(), credentials.random(), lifetime,
                        accounts.transactions(), audit, credentials.devices(),
                        new SignInNotices(credentials.devices(), outbox, notifications.newBrowserSignIn()),
                        secondFactor),
                new AuthenticateSessionService(sessions, lifetime, rotation, settings.lastSeenResolution(), audit, clock),
                new RotateSessionTokenService(sessions, credentials.random(), rotation, clock),
                new LogOutService(sessions, audit, clock),
                // The mails' browser names, so a session is called the same in its list and in its notice.
                new ListOwnSessionsService(sessions, lifetime, clock, UapBrowserNames.shared()),
                new RevokeOwnSessionService(sessions, audit, clock),
                new SignOutEverywhereElseService(sessions, audit, clock),
                new IssuePreSessionTokenService(credentials.random()));
    }
}
