package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.SignedIn;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.application.port.out.IdGenerator;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.application.port.out.TokenGenerator;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.port.out.Users;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.User;
import java.time.Instant;

/**
 * Starts a session for a user whose identity is proven, the same way for every sign-in method:
 * always a new id and a new token, so a session id planted before sign-in is worth nothing.
 */
public final class SessionStarter {

    private final Users users;
    private final Sessions sessions;
    private final TokenGenerator tokens;
    private final IdGenerator ids;
    private final SessionLifetime lifetime;
    private final TransactionRunner transactions;
    private final AuditTrail audit;

    public SessionStarter(Users users, Sessions sessions, TokenGenerator tokens, IdGenerator ids,
                          SessionLifetime lifetime, TransactionRunner transactions, AuditTrail audit) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.ids = ids;
        this.lifetime = lifetime;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Records the sign-in on {@code user} (already carrying any other change) and starts its session. */
    public SignedIn start(User user, SignInMethod method, boolean rememberMe, RequestOrigin origin, Instant now) {
        User signedIn = user.signedInAt(now);
        SessionToken token = tokens.newSessionToken();
        Session session = Session.start(ids.newSessionId(), signedIn.id(), token.hash(), now, rememberMe, lifetime,
                origin.userAgent().orElse(null));
        transactions.inTransaction(() -> {
            users.update(signedIn);
            sessions.add(session);
        });
        audit.record(AuditEvent.bySelf(now, AuditEventType.SIGN_IN_SUCCEEDED, AuditedAccount.of(signedIn), method.id(), origin));
        return new SignedIn(token, session, signedIn, session.expiresAt(lifetime));
    }
}
