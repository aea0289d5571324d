package dev.gatehouse.web.api;

import dev.gatehouse.web.auth.SignedInUser;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** A signed-in form post, as the browser pages make them: proves CSRF by form field and that the form stays readable. */
@Path("/test/form-probe")
public final class FormProbeResource {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String echo(@Auth SignedInUser signedIn, @FormParam("note") String note) {
        return note;
    }
}
