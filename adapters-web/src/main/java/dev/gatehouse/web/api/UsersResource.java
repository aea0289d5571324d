package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.in.account.Registration;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
public final class UsersResource {

    private final RegisterUserUseCase registerUser;

    public UsersResource(RegisterUserUseCase registerUser) {
        this.registerUser = registerUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(RegistrationRequest body, @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        FieldParser fields = new FieldParser();
        EmailAddress email = fields.email(body.email());
        ClearTextPassword password = fields.password("password", body.password());
        fields.throwIfAny();
        Registration registration = registerUser.register(new RegisterUserCommand(email, password,
                RequestOrigins.of(request)));
        if (registration instanceof Registration.Created created) {
            return Response.status(Response.Status.CREATED).entity(ApiMapper.user(created.user())).build();
        }
        Registration.AwaitingProof awaiting = (Registration.AwaitingProof) registration;
        return Response.accepted(RegistrationAcceptedJson.of(awaiting.token())).build();
    }
}
