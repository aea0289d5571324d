package dev.gatehouse.persistence;

import static dev.gatehouse.persistence.UtcDateTimes.toColumn;
import static dev.gatehouse.persistence.UtcDateTimes.toInstant;

import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionTokenHash;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.UserId;

/** Between {@link Session} and {@link SessionRow}. */
final class SessionMapper {

    private SessionMapper() {
    }

    static SessionRow toRow(Session session) {
        return new SessionRow(
                session.id().toString(),
                session.userId().toString(),
                session.tokenHash().hex(),
                toColumn(session.createdAt()),
                toColumn(session.lastSeenAt()),
                toColumn(session.absoluteExpiresAt()),
                session.rememberMe(),
                session.userAgent().orElse(null),
                toColumn(session.tokenIssuedAt()),
                session.replacedTokenHash().map(SessionTokenHash::hex).orElse(null),
                session.signInMethod().map(SessionMapper::methodId).orElse(null));
    }

    static Session toDomain(SessionRow row) {
        Session session = Session.rebuild(
                SessionId.parse(row.id()),
                UserId.parse(row.userId()),
                new SessionTokenHash(row.tokenHash()),
                toInstant(row.createdAt()),
                toInstant(row.lastSeenAt()),
                toInstant(row.absoluteExpiresAt()),
                row.rememberMe(),
                row.userAgent());
        Session rotated = row.replacedTokenHash() == null ? session
                : session.rebuiltWithReplacedToken(new SessionTokenHash(row.replacedTokenHash()), toInstant(row.tokenIssuedAt()));
        return row.signInMethod() == null ? rotated : rotated.signedInBy(method(row.signInMethod()));
    }

    private static String methodId(SignInMethod method) {
        return switch (method) {
            case PASSWORD -> "password";
            case CODE -> "code";
            case PASSKEY -> "passkey";
        };
    }

    private static SignInMethod method(String id) {
        return switch (id) {
            case "password" -> SignInMethod.PASSWORD;
            case "code" -> SignInMethod.CODE;
            case "passkey" -> SignInMethod.PASSKEY;
            default -> throw new IllegalStateException("unknown sign-in method stored: " + id);
        };
    }
}
