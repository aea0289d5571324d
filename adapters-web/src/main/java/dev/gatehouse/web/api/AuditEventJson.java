package dev.gatehouse.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One audit event. {@code actor} is null for requests nobody was signed in for; an account's
 * {@code id} is null when the address had no account.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEventJson(long id, String at, String type, AccountJson actor, AccountJson subject, String detail,
                             String clientAddress, String userAgent) {

    public record AccountJson(String id, String email) {
    }
}
