package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.account.ConfirmEmailChangeCommand;
import dev.gatehouse.application.port.in.account.RequestEmailChangeCommand;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.InvalidEmailAddressException;
import dev.gatehouse.web.EmailChangeUseCases;
import dev.gatehouse.web.auth.RecentAuthenticationRequired;
import dev.gatehouse.web.auth.SignedInUser;
import dev.gatehouse.web.http.RequestOrigins;
import dev.gatehouse.web.problem.FieldError;
import dev.gatehouse.web.problem.FieldParser;
import dev.gatehouse.web.problem.InvalidRequestException;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in account moves to another address: a request (202, the same answer whether or not
 * the new address has an account) mails a code there, and the code confirms the move (200 with the
 * account). A wrong password is a 401, as at sign-in: the password is asked to prove the person,
 * not merely as a field.
 */
@Path("/api/users/me/email")
@Produces(MediaType.APPLICATION_JSON)
public final class EmailChangeResource {

    static final AcceptedJson REQUESTED = new AcceptedJson(
            "A code is on its way to the new address, if it can receive one. Enter it to confirm the change.");

    private final EmailChangeUseCases emailChange;

    public EmailChangeResource(EmailChangeUseCases emailChange) {
        this.emailChange = emailChange;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RecentAuthenticationRequired
    public Response request(@Auth SignedInUser signedIn, EmailChangeRequest body,
                            @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        EmailAddress newEmail = newEmail(body.newEmail());
        Optional<ClearTextPassword> password = Optional.ofNullable(body.password())
                .filter(typed -> !typed.isEmpty()).map(ClearTextPassword::new);
        emailChange.request().requestEmailChange(new RequestEmailChangeCommand(signedIn.authenticated(), newEmail,
                password, RequestOrigins.of(request)));
        return Response.accepted(REQUESTED).build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson confirm(@Auth SignedInUser signedIn, EmailChangeConfirmRequest body,
                            @Context ContainerRequestContext request) {
        FieldParser.requireBody(body);
        FieldParser fields = new FieldParser();
        OneTimeCode code = fields.code(body.code());
        fields.throwIfAny();
        return ApiMapper.user(emailChange.confirm().confirmEmailChange(new ConfirmEmailChangeCommand(
                signedIn.authenticated(), code, RequestOrigins.of(request))));
    }

    private static EmailAddress newEmail(String typed) {
        try {
            return EmailAddress.of(typed);
        } catch (InvalidEmailAddressException invalid) {
            throw new InvalidRequestException(List.of(new FieldError("newEmail", invalid.getMessage())));
        }
    }
}
