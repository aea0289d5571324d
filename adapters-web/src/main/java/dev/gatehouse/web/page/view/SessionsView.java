package dev.gatehouse.web.page.view;

import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The signed-in person's live sessions, the one asking marked, each with a button that ends it. */
public final class SessionsView extends PageView {

    /**
     * One session as listed; {@code device} is the name of the browser it signed in from, as people
     * know it ("Firefox on Windows"), read from its User-Agent by the application.
     */
    public record Row(String id, String device, ShownTime signedInAt, ShownTime lastSeenAt, boolean current,
                      boolean rememberMe) {

        public static Row of(OwnSession own, User viewer, Instant now) {
            return new Row(own.session().id().toString(),
                    own.browser(),
                    ShownTime.of(own.session().createdAt(), viewer, now),
                    ShownTime.of(own.session().lastSeenAt(), viewer, now),
                    own.current(),
                    own.session().rememberMe());
        }

        /** What the confirmation asks before this session is ended, naming it as the list does. */
        public String question() {
            return "End the session of " + device + ", signed in " + signedInAt.relative() + "?";
        }
    }

    /** This browser first, then the others as listed (most recently used first). */
    public static List<Row> currentFirst(List<Row> rows) {
        return rows.stream().sorted(Comparator.comparing(row -> !row.current())).toList();
    }

    private final List<Row> sessions;
    private final String csrfToken;
    private final FormErrors errors;
    private final String idleTimeout;

    public SessionsView(Layout layout, List<Row> sessions, String csrfToken, FormErrors errors, Duration idleTimeout) {
        super("sessions.mustache", "Your sessions", layout);
        this.sessions = currentFirst(sessions);
        this.csrfToken = csrfToken;
        this.errors = errors;
        this.idleTimeout = spoken(idleTimeout);
    }

    /** How long a session that is not kept signed in lasts unused: "30 minutes", "2 hours". */
    public String idleTimeout() {
        return idleTimeout;
    }

    /** "30 seconds", or in minutes and hours from a minute up. */
    static String spokenSeconds(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        return seconds < 60 ? seconds + (seconds == 1 ? " second" : " seconds") : spoken(duration);
    }

    static String spoken(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    public List<Row> sessions() {
        return sessions;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public FormErrors errors() {
        return errors;
    }

    /** What the confirmation asks before every other session is ended. */
    public static String everywhereElseQuestion(long others) {
        return "Sign out every other browser (" + others + (others == 1 ? " session" : " sessions")
                + ")? This browser stays signed in.";
    }

    /** The question the "sign out everywhere else" dialog asks. */
    public String everywhereElse() {
        return everywhereElseQuestion(sessions.stream().filter(row -> !row.current()).count());
    }

    /** Whether any session but the current one is listed, so "sign out everywhere else" has something to do. */
    public boolean othersSignedIn() {
        return sessions.stream().anyMatch(row -> !row.current());
    }
}
