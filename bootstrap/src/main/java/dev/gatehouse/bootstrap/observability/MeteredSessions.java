package dev.gatehouse.bootstrap.observability;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import dev.gatehouse.application.port.out.SessionOfUser;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionTokenHash;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Measures the lookup every authenticated request makes: how long it takes and whether the token
 * named a stored session. A rising share of misses is what a token-guessing client looks like.
 */
final class MeteredSessions implements Sessions {

    private final Sessions delegate;
    private final Timer lookups;
    private final Meter found;
    private final Meter missing;

    MeteredSessions(Sessions delegate, MetricRegistry metrics) {
        this.delegate = delegate;
        this.lookups = metrics.timer(GatehouseMetrics.SESSION_LOOKUP);
        this.found = metrics.meter(GatehouseMetrics.SESSION_LOOKUP_FOUND);
        this.missing = metrics.meter(GatehouseMetrics.SESSION_LOOKUP_MISSING);
    }

    @Override
    public Optional<SessionOfUser> findWithUserByTokenHash(SessionTokenHash tokenHash) {
        Optional<SessionOfUser> session;
        try (Timer.Context ignored = lookups.time()) {
            session = delegate.findWithUserByTokenHash(tokenHash);
        }
        (session.isPresent() ? found : missing).mark();
        return session;
    }

    @Override
    public void add(Session session) {
        delegate.add(session);
    }

    @Override
    public Optional<SessionOfUser> findWithUserByReplacedTokenHash(SessionTokenHash replacedTokenHash) {
        return delegate.findWithUserByReplacedTokenHash(replacedTokenHash);
    }

    @Override
    public boolean replaceToken(Session rotated) {
        return delegate.replaceToken(rotated);
    }

    @Override
    public List<Session> findByUser(UserId user) {
        return delegate.findByUser(user);
    }

    @Override
    public void recordLastSeen(SessionId session, Instant lastSeenAt) {
        delegate.recordLastSeen(session, lastSeenAt);
    }

    @Override
    public boolean remove(SessionId session) {
        return delegate.remove(session);
    }

    @Override
    public boolean removeOwnedBy(UserId owner, SessionId session) {
        return delegate.removeOwnedBy(owner, session);
    }

    @Override
    public int removeAllOf(UserId user) {
        return delegate.removeAllOf(user);
    }

    @Override
    public int removeAllOfExcept(UserId user, SessionId kept) {
        return delegate.removeAllOfExcept(user, kept);
    }

    @Override
    public int removeExpired(Instant now, Instant idleCutoff) {
        return delegate.removeExpired(now, idleCutoff);
    }
}
