package dev.gatehouse.web.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

@Path("/")
@Produces(Pages.HTML)
public final class HomePage {

    private final Layouts layouts;

    HomePage(Layouts layouts) {
        this.layouts = layouts;
    }

    @GET
    public HomeView home() {
        return new HomeView(layouts.anonymous());
    }
}
