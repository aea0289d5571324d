package dev.gatehouse.web.page.view;

import dev.gatehouse.application.port.in.audit.AuditEventPage;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.user.User;
import java.util.List;
import java.util.Optional;

/** One page of the audit trail. */
public final class AdminAuditView extends PageView {

    public record Row(ShownTime at, String type, String actor, String subject, String detail, String clientAddress,
                      String userAgent) {

        static Row of(RecordedAuditEvent recorded, User viewer) {
            AuditEvent event = recorded.event();
            return new Row(ShownTime.of(event.at(), viewer), event.type().id(),
                    event.actor().map(AdminAuditView::named).orElse("—"),
                    event.subject().map(AdminAuditView::named).orElse("—"),
                    event.detail(), event.origin().clientAddress(), event.origin().userAgent().orElse(""));
        }
    }

    private final List<Row> events;
    private final long total;
    private final int page;
    private final int pageSize;

    public AdminAuditView(Layout layout, AuditEventPage found, int page, int pageSize, User viewer) {
        super("admin-audit.mustache", "Audit trail", layout);
        this.events = found.items().stream().map(event -> Row.of(event, viewer)).toList();
        this.total = found.total();
        this.page = page;
        this.pageSize = pageSize;
    }

    /** An account that no longer exists, or never did, is named by the address it was asked for. */
    private static String named(AuditedAccount account) {
        return account.email().value() + (account.id().isPresent() ? "" : " (no account)");
    }

    public List<Row> events() {
        return events;
    }

    public boolean empty() {
        return events.isEmpty();
    }

    public long total() {
        return total;
    }

    public Optional<String> previousHref() {
        return page > 1 ? Optional.of(page == 2 ? "/admin/audit" : "/admin/audit?page=" + (page - 1)) : Optional.empty();
    }

    public Optional<String> nextHref() {
        return (long) page * pageSize < total ? Optional.of("/admin/audit?page=" + (page + 1)) : Optional.empty();
    }
}
