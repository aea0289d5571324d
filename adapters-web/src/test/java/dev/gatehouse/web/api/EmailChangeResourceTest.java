package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.account.ConfirmEmailChangeCommand;
import dev.gatehouse.application.port.in.account.ReauthenticationRequiredException;
import dev.gatehouse.application.port.in.account.RequestEmailChangeCommand;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.InvalidCredentialsException;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.SameEmailAddressException;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class EmailChangeResourceTest {

    private static final ApiExtension API = new ApiExtension();
    private static final ResourceExtension RESOURCES = API.build();
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final Authenticated ANN_SIGNED_IN = WebFixtures.authenticated(ANN);

    @BeforeEach
    void annIsSignedIn() {
        API.authenticate = (token, origin) -> token.equals(WebFixtures.SESSION_TOKEN)
                ? Optional.of(ANN_SIGNED_IN) : Optional.empty();
    }

    @AfterEach
    void nothingMoreExpected() {
        API.authenticate = (token, origin) -> Optional.empty();
        API.requestEmailChange = command -> { throw new AssertionError("change of address not expected"); };
        API.confirmEmailChange = command -> { throw new AssertionError("confirming a change of address not expected"); };
    }

    private static Response post(String path, Object body) {
        return RESOURCES.target(path).request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.SESSION_TOKEN.value()).post(Entity.json(body));
    }

    @Test
    void aRequestIsAcceptedWithOneBodyAndHandsOnTheNormalisedAddressAndThePassword() {
        AtomicReference<RequestEmailChangeCommand> received = new AtomicReference<>();
        API.requestEmailChange = received::set;

        Response response = post("/api/users/me/email", Map.of("newEmail", " Ann.Lee@Example.NET", "password", "my password"));

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(WebFixtures.json(response)).isEqualTo(Map.of("detail", EmailChangeResource.REQUESTED.detail()));
        assertThat(received.get().current()).isEqualTo(ANN_SIGNED_IN);
        assertThat(received.get().newEmail()).isEqualTo(EmailAddress.of("ann.lee@example.net"));
        assertThat(received.get().password().orElseThrow().value()).isEqualTo("my password");
    }

    @Test
    void anAccountWithoutAPasswordLeavesItOut() {
        AtomicReference<RequestEmailChangeCommand> received = new AtomicReference<>();
        API.requestEmailChange = received::set;

        assertThat(post("/api/users/me/email", Map.of("newEmail", "ann.lee@example.net")).getStatus()).isEqualTo(202);
        assertThat(received.get().password()).isEmpty();
    }

    @Test
    void aMalformedAddressIs422OnNewEmailBeforeTheUseCase() {
        Response response = post("/api/users/me/email", Map.of("newEmail", "not an address", "password", "my password"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(WebFixtures.json(response).get("errors")).asList().extracting("field").containsExactly("newEmail");
    }

    @Test
    void refusalsAreProblemsOfTheirOwnType() {
        Map<RuntimeException, List<Object>> expected = Map.of(
                new InvalidCredentialsException(), List.of(401, "urn:gatehouse:problem:invalid-credentials"),
                new ReauthenticationRequiredException(), List.of(403, "urn:gatehouse:problem:reauthentication-required"),
                new SameEmailAddressException(), List.of(422, "urn:gatehouse:problem:validation-failed"));
        expected.forEach((failure, answer) -> {
            API.requestEmailChange = command -> { throw failure; };

            Response response = post("/api/users/me/email", Map.of("newEmail", "ann.lee@example.net", "password", "pw"));

            assertThat(response.getStatus()).as(failure.toString()).isEqualTo(answer.get(0));
            assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
            assertThat(WebFixtures.json(response).get("type")).isEqualTo(answer.get(1));
        });
    }

    @Test
    void theRightCodeAnswersTheAccountUnderItsNewAddress() {
        AtomicReference<ConfirmEmailChangeCommand> received = new AtomicReference<>();
        API.confirmEmailChange = command -> {
            received.set(command);
            return ANN.withEmail(EmailAddress.of("ann.lee@example.net"));
        };

        Response response = post("/api/users/me/email/confirm", Map.of("code", "123456"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(WebFixtures.json(response).get("email")).isEqualTo("ann.lee@example.net");
        assertThat(received.get().code().digits()).isEqualTo("123456");
        assertThat(received.get().current()).isEqualTo(ANN_SIGNED_IN);
    }

    @Test
    void aWrongCodeIs401AndATakenAddress409AndAMalformedCode422() {
        API.confirmEmailChange = command -> { throw new InvalidCodeException(); };
        assertThat(post("/api/users/me/email/confirm", Map.of("code", "654321")).getStatus()).isEqualTo(401);

        API.confirmEmailChange = command -> { throw new EmailAlreadyRegisteredException(); };
        Response taken = post("/api/users/me/email/confirm", Map.of("code", "654321"));
        assertThat(taken.getStatus()).isEqualTo(409);
        assertThat(WebFixtures.json(taken).get("type")).isEqualTo("urn:gatehouse:problem:email-taken");

        API.confirmEmailChange = command -> { throw new AssertionError("a malformed code must not reach the use case"); };
        assertThat(post("/api/users/me/email/confirm", Map.of("code", "12ab")).getStatus()).isEqualTo(422);
    }

    @Test
    void withoutASessionNothingIsAsked() {
        Response response = RESOURCES.target("/api/users/me/email").request()
                .post(Entity.json(Map.of("newEmail", "ann.lee@example.net", "password", "pw")));

        assertThat(response.getStatus()).isEqualTo(401);
    }
}
