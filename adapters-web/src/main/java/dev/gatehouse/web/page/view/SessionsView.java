package dev.gatehouse.web.page.view;

import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.domain.user.User;
import java.util.List;

/** The signed-in person's live sessions, the one asking marked, each with a button that ends it. */
public final class SessionsView extends PageView {

    /** One session as listed; {@code device} is what the browser called itself when signing in. */
    public record Row(String id, String device, ShownTime signedInAt, ShownTime lastSeenAt, boolean current,
                      boolean rememberMe) {

        public static Row of(OwnSession own, User viewer) {
            return new Row(own.session().id().toString(),
                    own.session().userAgent().orElse("Unknown device"),
                    ShownTime.of(own.session().createdAt(), viewer),
                    ShownTime.of(own.session().lastSeenAt(), viewer),
                    own.current(),
                    own.session().rememberMe());
        }

        /** What the confirmation asks before this session is ended, naming it as the list does. */
        public String question() {
            return "End the session of " + device + ", signed in " + signedInAt.text() + "?";
        }
    }

    private final List<Row> sessions;
    private final String csrfToken;
    private final FormErrors errors;

    public SessionsView(Layout layout, List<Row> sessions, String csrfToken, FormErrors errors) {
        super("sessions.mustache", "Your sessions", layout);
        this.sessions = List.copyOf(sessions);
        this.csrfToken = csrfToken;
        this.errors = errors;
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
