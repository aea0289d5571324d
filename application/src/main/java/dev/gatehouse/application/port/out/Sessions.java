package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionTokenHash;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every stored session, found by the hash of its token, never by the token. */
public interface Sessions {

    void add(Session session);

    /** The session and its user in one lookup: this runs on every authenticated request. */
    Optional<SessionOfUser> findWithUserByTokenHash(SessionTokenHash tokenHash);

    /** The session whose current token replaced the one with this hash; asked only when the lookup above finds nothing. */
    Optional<SessionOfUser> findWithUserByReplacedTokenHash(SessionTokenHash replacedTokenHash);

    /**
     * Stores {@code rotated}'s new token, provided the stored session still has the token it
     * replaced: of two requests rotating at once, one wins and the other keeps using the token it
     * came with. @return whether this call replaced the token
     */
    boolean replaceToken(Session rotated);

    List<Session> findByUser(UserId user);

    void recordLastSeen(SessionId session, Instant lastSeenAt);

    /** @return whether a session was removed */
    boolean remove(SessionId session);

    /** @return whether a session of that user was removed */
    boolean removeOwnedBy(UserId owner, SessionId session);

    /** Ends every session of the user at once (password reset, disabling). @return how many */
    int removeAllOf(UserId user);

    /** Ends every session of the user but {@code kept} ("sign out everywhere else"). @return how many */
    int removeAllOfExcept(UserId user, SessionId kept);

    /**
     * Removes sessions past their absolute end ({@code now}) and plain sessions last seen before
     * {@code idleCutoff}; remember-me sessions have no idle limit. @return how many
     */
    int removeExpired(Instant now, Instant idleCutoff);
}
