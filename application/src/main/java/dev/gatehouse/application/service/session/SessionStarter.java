package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.HeldTokens;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.DeviceTokens;
import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TokenGenerator;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.application.service.notice.SignInNotices;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditNote;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.Optional;

/**
 * Starts a session for a user whose identity is proven, the same way for every sign-in method:
 * always a new id and a new token, so a session id planted before sign-in is worth nothing. The
 * session the client held until then, if any, ends: the client drops its token for the new one, and
 * a session nobody holds any more should not stay usable until it times out.
 */
public final class SessionStarter {

    private final Users users;
    private final Sessions sessions;
    private final TokenGenerator tokens;
    private final IdGenerator ids;
    private final SessionLifetime lifetime;
    private final TransactionRunner transactions;
    private final AuditTrail audit;
    private final DeviceTokens devices;
    private final SignInNotices notices;
    private final SecondFactorGate secondFactor;

    public SessionStarter(Users users, Sessions sessions, TokenGenerator tokens, IdGenerator ids,
                          SessionLifetime lifetime, TransactionRunner transactions, AuditTrail audit,
                          DeviceTokens devices, SignInNotices notices) {
        this(users, sessions, tokens, ids, lifetime, transactions, audit, devices, notices, SecondFactorGate.NONE);
    }

    /** {@code secondFactor} is asked before every session a first factor would start. */
    public SessionStarter(Users users, Sessions sessions, TokenGenerator tokens, IdGenerator ids,
                          SessionLifetime lifetime, TransactionRunner transactions, AuditTrail audit,
                          DeviceTokens devices, SignInNotices notices, SecondFactorGate secondFactor) {
        this.secondFactor = secondFactor;
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.ids = ids;
        this.lifetime = lifetime;
        this.transactions = transactions;
        this.audit = audit;
        this.devices = devices;
        this.notices = notices;
    }

    /**
     * Records the sign-in on {@code user} (already carrying any other change, such as a rehash) and
     * starts its session, with the owner's notice if the browser is not recognised, in one transaction
     * and only if the account is still as {@code before}, the state the sign-in was decided on: a
     * disable, reset or password change committed meanwhile wins, and the sign-in is refused as if its
     * secret had been wrong. A change committed after this transaction finds the new session and ends
     * it with the others.
     */
    public SignedIn start(User before, User user, SignInMethod method, boolean rememberMe, RequestOrigin origin,
                          HeldTokens held, Instant now) {
        return start(before, user, method, rememberMe, origin, held, now, () -> { });
    }

    /**
     * As {@link #start(User, User, SignInMethod, boolean, RequestOrigin, HeldTokens, Instant)}, with
     * {@code alongside} run in the same transaction once the sign-in is recorded and before its
     * session is added: what the sign-in changes besides (ending the account's other sessions)
     * commits with it or not at all.
     */
    public SignedIn start(User before, User user, SignInMethod method, boolean rememberMe, RequestOrigin origin,
                          HeldTokens held, Instant now, Runnable alongside) {
        if (method.singleFactor()) {
            secondFactor.check(before, method, rememberMe, origin, now);
        }
        return startSession(before, user, method, rememberMe, origin, held, now, alongside);
    }

    /**
     * Starts the session of a sign-in whose first factor ({@code method}) was given earlier and whose
     * second was just accepted; the account is as read now.
     */
    public SignedIn startAfterSecondFactor(User user, SignInMethod method, boolean rememberMe, RequestOrigin origin,
                                           HeldTokens held, Instant now) {
        return startSession(user, user, method, rememberMe, origin, held, now, () -> { });
    }

    private SignedIn startSession(User before, User user, SignInMethod method, boolean rememberMe,
                                  RequestOrigin origin, HeldTokens held, Instant now, Runnable alongside) {
        User signedIn = user.signedInAt(now);
        SessionToken token = tokens.newSessionToken();
        Session session = Session.start(ids.newSessionId(), signedIn.id(), token.hash(), now, rememberMe, lifetime,
                origin.userAgent().orElse(null)).signedInBy(method);
        Optional<SessionOfUser> replaced = held.session()
                .flatMap(presented -> sessions.findWithUserByTokenHash(presented.hash()));
        boolean recorded = transactions.inTransaction(() -> {
            if (!users.recordSignIn(before, signedIn)) {
                return false;
            }
            alongside.run();
            sessions.add(session);
            replaced.ifPresent(previous -> sessions.remove(previous.session().id()));
            notices.signedIn(before, signedIn, held, origin, now);
            return true;
        });
        if (!recorded) {
            audit.record(AuditEvent.anonymous(now, AuditEventType.SIGN_IN_FAILED, AuditedAccount.of(before),
                    Attempt.refused(AttemptMethod.of(method), AuditReason.CHANGED_DURING_SIGN_IN), origin));
            throw refusal(method);
        }
        replaced.ifPresent(previous -> audit.record(AuditEvent.anonymous(now, AuditEventType.SIGNED_OUT,
                AuditedAccount.of(previous.user()), AuditNote.REPLACED_BY_SIGN_IN, origin)));
        audit.record(AuditEvent.bySelf(now, AuditEventType.SIGN_IN_SUCCEEDED, AuditedAccount.of(signedIn),
                Attempt.succeeded(AttemptMethod.of(method)), origin));
        return new SignedIn(new Authenticated(token, session, signedIn, session.expiresAt(lifetime)),
                devices.issue(signedIn.email(), now));
    }

    private static RuntimeException refusal(SignInMethod method) {
        return switch (method) {
            case PASSWORD, PASSKEY -> new InvalidCredentialsException();
            case CODE -> new InvalidCodeException();
        };
    }
}
