package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.in.audit.AuditEventPage;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.web.AdminUseCases;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.SignedInPage;
import dev.gatehouse.web.page.view.AdminAuditView;
import dev.gatehouse.web.page.view.AdminUsersView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** The audit trail for administrators, newest first. */
@Path("/admin/audit")
@Produces(PageResource.HTML)
@SignedInPage(anyRoleOf = Role.ADMIN)
public final class AdminAuditPage {

    static final int PAGE_SIZE = 50;

    private final AdminUseCases admin;
    private final Layouts layouts;

    public AdminAuditPage(AdminUseCases admin, Layouts layouts) {
        this.admin = admin;
        this.layouts = layouts;
    }

    @GET
    public AdminAuditView list(@QueryParam("page") String page, @Context SecurityContext security) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        int number = AdminUsersView.Listing.of(null, page).page();
        long offset = (long) (number - 1) * PAGE_SIZE;
        AuditEventPage events = admin.listAuditEvents().list((int) Math.min(Integer.MAX_VALUE, offset), PAGE_SIZE);
        return new AdminAuditView(layouts.signedIn(signedIn), events, number, PAGE_SIZE, signedIn.user());
    }
}
