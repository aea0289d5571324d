package dev.gatehouse.web.page;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

@Path("/dashboard")
@Produces(Pages.HTML)
@SignedInPage
public final class DashboardPage {

    private final Layouts layouts;

    DashboardPage(Layouts layouts) {
        this.layouts = layouts;
    }

    @GET
    public DashboardView dashboard(@Context SecurityContext security) {
        Authenticated signedIn = SignedInSecurityContext.signedIn(security).authenticated();
        return new DashboardView(layouts.signedIn(signedIn), signedIn);
    }
}
