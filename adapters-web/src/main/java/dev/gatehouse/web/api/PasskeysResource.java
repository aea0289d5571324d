package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.passkey.PasskeySummary;
import dev.gatehouse.application.port.in.passkey.RegisterPasskeyCommand;
import dev.gatehouse.application.port.in.passkey.RemovePasskeyCommand;
import dev.gatehouse.domain.passkey.PasskeyName;
import dev.gatehouse.web.PasskeyUseCases;
import dev.gatehouse.web.auth.RecentAuthenticationRequired;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldParser;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The signed-in account's own passkeys: the options to create one, adding it, the list, removing one. */
@Path("/api/users/me/passkeys")
@Produces(MediaType.APPLICATION_JSON)
public final class PasskeysResource {

    private final PasskeyUseCases passkeys;

    public PasskeysResource(PasskeyUseCases passkeys) {
        this.passkeys = passkeys;
    }

    @POST
    @Path("/options")
    @RecentAuthenticationRequired
    public PasskeyOptionsJson.Creation options(@Auth SignedInUser signedIn, @Context ContainerRequestContext request) {
        return PasskeyOptionsJson.of(passkeys.startRegistration().start(actor(signedIn, request)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RecentAuthenticationRequired
    public Response add(@Auth SignedInUser signedIn, PasskeyRequest body, @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        PasskeyFields fields = new PasskeyFields();
        PasskeyName name = fields.name(body.name());
        String credential = fields.credential(body.credential());
        fields.throwIfAny();
        PasskeySummary added = passkeys.register().register(
                new RegisterPasskeyCommand(signedIn.authenticated(), name, credential, RequestOrigins.of(request)));
        return Response.status(Response.Status.CREATED).entity(PasskeyJson.of(added)).build();
    }

    @GET
    public List<PasskeyJson> list(@Auth SignedInUser signedIn) {
        return passkeys.list().list(signedIn.authenticated().user().id()).stream().map(PasskeyJson::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @RecentAuthenticationRequired
    public Response remove(@Auth SignedInUser signedIn, @PathParam("id") String id,
                           @Context ContainerRequestContext request) {
        passkeys.remove().remove(new RemovePasskeyCommand(signedIn.authenticated(), PasskeyFields.id(id),
                RequestOrigins.of(request)));
        return Response.noContent().build();
    }

    private static Actor actor(SignedInUser signedIn, ContainerRequestContext request) {
        return RequestOrigins.actor(signedIn.authenticated().user(), request);
    }
}
