package dev.gatehouse.web.page.controller;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.access.SignedInPage;
import dev.gatehouse.web.page.view.DashboardView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

@Path("/dashboard")
@Produces(PageResource.HTML)
@SignedInPage
public final class DashboardPage {

    private final Layouts layouts;

    public DashboardPage(Layouts layouts) {
        this.layouts = layouts;
    }

    @GET
    public DashboardView dashboard(@Context SecurityContext security) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        return new DashboardView(layouts.signedIn(signedIn), signedIn);
    }
}
