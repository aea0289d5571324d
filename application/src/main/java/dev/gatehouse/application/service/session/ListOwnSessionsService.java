package dev.gatehouse.application.service.session;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.ListOwnSessionsUseCase;
import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.application.port.out.BrowserNames;
import dev.gatehouse.application.port.out.Sessions;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionLifetime;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

public final class ListOwnSessionsService implements ListOwnSessionsUseCase {

    private final Sessions sessions;
    private final SessionLifetime lifetime;
    private final Clock clock;
    private final BrowserNames browserNames;

    public ListOwnSessionsService(Sessions sessions, SessionLifetime lifetime, Clock clock, BrowserNames browserNames) {
        this.sessions = sessions;
        this.lifetime = lifetime;
        this.clock = clock;
        this.browserNames = browserNames;
    }

    @Override
    public List<OwnSession> listOwnSessions(Authenticated asking) {
        Instant now = clock.instant();
        return sessions.findByUser(asking.user().id()).stream()
                .filter(session -> session.isLiveAt(now, lifetime))
                .sorted(Comparator.comparing(Session::lastSeenAt).reversed())
                .map(session -> new OwnSession(session, session.id().equals(asking.session().id()),
                        browserNames.nameOf(session.userAgent())))
                .toList();
    }
}
