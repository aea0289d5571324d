package dev.gatehouse.web.api;

import java.util.List;

/** One page of the audit trail, newest first, and how many events it holds in all. */
public record AuditEventPageJson(List<AuditEventJson> items, long total) {
}
