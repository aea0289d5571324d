package dev.gatehouse.application.service.mfa;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.out.Reauthentications;
import dev.gatehouse.domain.mfa.RecentAuthentication;
import dev.gatehouse.domain.session.Session;
import java.time.Clock;
import java.time.Instant;

/**
 * When a session's person last proved themselves: its sign-in (the session's start) or its latest
 * re-authentication, whichever is later; recent for {@code security.recentAuthentication} after.
 * One rule for every sensitive action, whichever way the person proved themselves.
 */
public final class RecentAuthentications {

    private final Reauthentications reauthentications;
    private final RecentAuthentication rule;
    private final Clock clock;

    public RecentAuthentications(Reauthentications reauthentications, RecentAuthentication rule, Clock clock) {
        this.reauthentications = reauthentications;
        this.rule = rule;
        this.clock = clock;
    }

    public Instant lastAuthenticatedAt(Authenticated current) {
        Session session = current.session();
        return reauthentications.latest(session.id())
                .filter(at -> at.isAfter(session.createdAt()))
                .orElse(session.createdAt());
    }

    public Instant recentUntil(Authenticated current) {
        return lastAuthenticatedAt(current).plus(rule.window());
    }

    public boolean isRecent(Authenticated current) {
        Instant now = clock.instant();
        // A session signed in within the window needs no look at its re-authentications.
        return rule.isRecent(current.session().createdAt(), now) || rule.isRecent(lastAuthenticatedAt(current), now);
    }
}
