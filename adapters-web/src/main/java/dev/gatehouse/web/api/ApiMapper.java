package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Domain objects to the contract's JSON: ISO-8601 UTC times, role ids in a fixed order. */
final class ApiMapper {

    private ApiMapper() {
    }

    static UserJson user(User user) {
        return new UserJson(
                user.id().toString(),
                user.email().value(),
                user.emailVerified(),
                user.roles().stream().sorted().map(Role::id).toList(),
                user.active(),
                time(user.createdAt()),
                user.lastLoginAt().map(ApiMapper::time).orElse(null),
                user.timezone().map(ZoneId::getId).orElse(null));
    }

    static SessionJson session(OwnSession own) {
        Session session = own.session();
        return new SessionJson(
                session.id().toString(),
                time(session.createdAt()),
                time(session.lastSeenAt()),
                session.userAgent().orElse(null),
                own.current());
    }

    /** Milliseconds are enough for clients and keep every timestamp the same width. */
    static AuditEventJson auditEvent(RecordedAuditEvent recorded) {
        AuditEvent event = recorded.event();
        return new AuditEventJson(recorded.id(), time(event.at()), event.type().id(),
                event.actor().map(ApiMapper::account).orElse(null),
                event.subject().map(ApiMapper::account).orElse(null),
                event.detail(), event.origin().clientAddress(), event.origin().userAgent().orElse(null));
    }

    private static AuditEventJson.AccountJson account(AuditedAccount account) {
        return new AuditEventJson.AccountJson(account.id().map(UserId::toString).orElse(null), account.email().value());
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
