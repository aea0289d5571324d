package dev.gatehouse.web;

import dev.gatehouse.application.port.in.admin.DisableUserUseCase;
import dev.gatehouse.application.port.in.admin.EnableUserUseCase;
import dev.gatehouse.application.port.in.admin.ListUsersUseCase;
import dev.gatehouse.application.port.in.admin.SetUserRolesUseCase;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase;
import dev.gatehouse.application.port.in.audit.ListAuditEventsUseCase;

/** The inbound ports of administration, served to the admin API and the admin pages alike. */
public record AdminUseCases(
        ListUsersUseCase listUsers,
        SetUserRolesUseCase setRoles,
        DisableUserUseCase disableUser,
        EnableUserUseCase enableUser,
        ListAuditEventsUseCase listAuditEvents,
        SignOutUserEverywhereUseCase signOutEverywhere) {
}
