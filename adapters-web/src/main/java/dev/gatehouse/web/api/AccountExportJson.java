package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.account.AccountExport;
import java.util.List;

/** The owner's copy of their data: shapes as the other answers about them, so no hash, code or token. */
public record AccountExportJson(String exportedAt, UserJson account, List<SessionJson> sessions,
                                List<AuditEventJson> auditEvents) {

    static AccountExportJson of(AccountExport export) {
        return new AccountExportJson(ApiMapper.time(export.exportedAt()), ApiMapper.user(export.account()),
                export.sessions().stream().map(ApiMapper::session).toList(),
                export.auditEvents().stream().map(ApiMapper::auditEvent).toList());
    }
}
