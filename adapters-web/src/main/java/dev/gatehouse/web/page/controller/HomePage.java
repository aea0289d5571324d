package dev.gatehouse.web.page.controller;

import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.view.HomeView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;

@Path("/")
@Produces(PageResource.HTML)
public final class HomePage {

    private final Layouts layouts;

    public HomePage(Layouts layouts) {
        this.layouts = layouts;
    }

    static final String ACCOUNT_DELETED = "Your account is deleted, and every browser signed in to it is signed out.";

    @GET
    public HomeView home(@QueryParam("account") String account) {
        return new HomeView(layouts.anonymous(),
                "deleted".equals(account) ? Optional.of(ACCOUNT_DELETED) : Optional.empty());
    }
}
