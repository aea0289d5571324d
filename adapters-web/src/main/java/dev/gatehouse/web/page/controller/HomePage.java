package dev.gatehouse.web.page.controller;

import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.view.HomeView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

@Path("/")
@Produces(PageResource.HTML)
public final class HomePage {

    private final Layouts layouts;

    public HomePage(Layouts layouts) {
        this.layouts = layouts;
    }

    @GET
    public HomeView home() {
        return new HomeView(layouts.anonymous());
    }
}
