package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.password.PasswordViolation;
import dev.gatehouse.domain.password.PasswordViolation.Kind;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.User;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class UsersResourceTest {

    private static final ApiExtension API = new ApiExtension();
    private static final ResourceExtension RESOURCES = API.build();
    private static final User ANN = Fixtures.user("ann@example.org");

    private Response register(Object body) {
        return RESOURCES.target("/api/users").request().post(Entity.json(body));
    }

    @Test
    void registersAndAnswersTheUserWithoutSecrets() {
        AtomicReference<RegisterUserCommand> received = new AtomicReference<>();
        API.register = command -> {
            received.set(command);
            return ANN;
        };

        Response response = register(Map.of("email", "Ann@Example.org", "password", "a long enough passphrase"));

        assertThat(response.getStatus()).isEqualTo(201);
        Map<String, Object> body = Fixtures.json(response);
        assertThat(body).containsOnlyKeys("id", "email", "roles", "active", "createdAt", "lastLoginAt", "timezone");
        assertThat(body.get("roles")).isEqualTo(List.of("user"));
        assertThat(body.get("createdAt")).isEqualTo("2026-11-22T09:15:30.123Z");
        assertThat(received.get().email().value()).isEqualTo("ann@example.org");
        assertThat(received.get().password().value()).isEqualTo("a long enough passphrase");
    }

    @Test
    void rolesAndIdInTheBodyAreIgnored() {
        API.register = command -> ANN;

        Response response = register(Map.of("email", "ann@example.org", "password", "a long enough passphrase",
                "roles", List.of("admin"), "id", "00000000-0000-0000-0000-000000000001"));

        assertThat(response.getStatus()).isEqualTo(201);
        Map<String, Object> body = Fixtures.json(response);
        assertThat(body.get("roles")).isEqualTo(List.of("user"));
        assertThat(body.get("id")).isEqualTo(ANN.id().toString());
    }

    @Test
    void aTakenEmailIs409() {
        API.register = command -> { throw new EmailAlreadyRegisteredException(); };

        Response response = register(Map.of("email", "ann@example.org", "password", "a long enough passphrase"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void passwordPolicyReasonsAreListedPerField() {
        API.register = command -> {
            throw new PasswordRejectedException(List.of(
                    new PasswordViolation(Kind.TOO_SHORT, "Password must be at least 12 characters"),
                    new PasswordViolation(Kind.COMMON, "Password is too common")));
        };

        Response response = register(Map.of("email", "ann@example.org", "password", "password"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Fixtures.errors(Fixtures.json(response))).containsExactly(
                Map.of("field", "password", "message", "Password must be at least 12 characters"),
                Map.of("field", "password", "message", "Password is too common"));
    }

    @Test
    void sqlIshInputIsJustAnInvalidEmail() {
        Response response = register(Map.of("email", "' OR '1'='1' --", "password", "a long enough passphrase"));

        assertThat(response.getStatus()).isEqualTo(422);
    }

    @Test
    void meAnswersTheSignedInUser() {
        API.authenticate = (token, origin) -> Optional.of(Fixtures.authenticated(ANN));

        Response response = RESOURCES.target("/api/users/me").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Fixtures.TOKEN.value()).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Fixtures.json(response).get("email")).isEqualTo("ann@example.org");
    }

    @Test
    void meWithoutASessionIs401() {
        API.authenticate = (token, origin) -> Optional.empty();

        assertThat(RESOURCES.target("/api/users/me").request().get().getStatus()).isEqualTo(401);
    }

    @Test
    void unknownPathsAre404Problems() {
        Response response = RESOURCES.target("/api/nothing-here").request().get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    }
}
