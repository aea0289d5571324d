package dev.gatehouse.web.page;

import dev.gatehouse.domain.user.Role;
import dev.gatehouse.web.page.access.SignedInPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A page for admins only, to test the "no access" mechanism before any real admin page exists. */
@Path("/test/admin-only")
@Produces(MediaType.TEXT_PLAIN)
public final class AdminOnlyTestPage {

    @GET
    @SignedInPage(anyRoleOf = Role.ADMIN)
    public String secret() {
        return "for admins";
    }
}
