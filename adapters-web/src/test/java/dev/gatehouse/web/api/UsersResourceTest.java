package dev.gatehouse.web.api;

import dev.gatehouse.domain.user.RegistrationToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.application.port.in.account.RegisterUserCommand;
import dev.gatehouse.application.port.in.account.Registration;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.password.PasswordViolation.Kind;
import dev.gatehouse.domain.password.PasswordViolation;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.EmailAlreadyRegisteredException;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class UsersResourceTest {

    private static final ApiExtension API = new ApiExtension();
    private static final ResourceExtension RESOURCES = API.build();
    private static final User ANN = WebFixtures.user("ann@example.org");

    private Response register(Object body) {
        return RESOURCES.target("/api/users").request().post(Entity.json(body));
    }

    @Test
    void registersAndAnswersTheUserWithoutSecrets() {
        AtomicReference<RegisterUserCommand> received = new AtomicReference<>();
        API.register = command -> {
            received.set(command);
            return new Registration.Created(ANN);
        };

        Response response = register(Map.of("email", "Ann@Example.org", "password", "a long enough passphrase"));

        assertThat(response.getStatus()).isEqualTo(201);
        Map<String, Object> body = WebFixtures.json(response);
        assertThat(body).containsOnlyKeys("id", "email", "emailVerified", "roles", "active", "createdAt", "lastLoginAt", "timezone");
        assertThat(body.get("roles")).isEqualTo(List.of("user"));
        assertThat(body.get("createdAt")).isEqualTo("2026-11-22T09:15:30.123Z");
        assertThat(received.get().email().value()).isEqualTo("ann@example.org");
        assertThat(received.get().password().value()).isEqualTo("a long enough passphrase");
    }

    /**
     * The resource hands the use case only what a registration may set, read from the request: the
     * command has no place for roles, an id or a status, and what is sent for them never reaches the answer.
     */
    @Test
    void rolesAndIdInTheBodyAreIgnored() {
        AtomicReference<RegisterUserCommand> received = new AtomicReference<>();
        API.register = command -> {
            received.set(command);
            return new Registration.Created(WebFixtures.user(command.email().value()));
        };
        String sentId = "00000000-0000-0000-0000-000000000001";

        Response response = RESOURCES.target("/api/users").request().header(HttpHeaders.USER_AGENT, "integration/2.0")
                .post(Entity.json(Map.of("email", " Bob@Example.org ", "password", "a long enough passphrase",
                        "roles", List.of("admin"), "id", sentId, "active", false, "status", "active")));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(Arrays.stream(RegisterUserCommand.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("email", "password", "origin");
        assertThat(received.get().email().value()).isEqualTo("bob@example.org");
        assertThat(received.get().password().value()).isEqualTo("a long enough passphrase");
        assertThat(received.get().origin().clientAddress()).isEqualTo("127.0.0.1");
        assertThat(received.get().origin().userAgent()).contains("integration/2.0");
        String body = response.readEntity(String.class);
        assertThat(body).doesNotContain(sentId).doesNotContain("admin");
    }

    /** Every field of the answer is the resource's mapping of the use case's user, whatever was sent. */
    @Test
    void theAnswerMapsTheRegisteredUserFieldByField() throws Exception {
        User registered = User.rebuild(new UserId(UUID.fromString("6f1c2e0a-5b7d-4c3e-9a8b-1d2e3f405162")),
                EmailAddress.of("carol@example.org"), Set.of(Role.USER, Role.ADMIN), AccountStatus.DISABLED,
                Instant.parse("2026-01-02T03:04:05.678Z"), Instant.parse("2026-02-03T04:05:06Z"),
                ZoneId.of("Europe/Zurich"), new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$secret-hash"), true, false, null);
        API.register = command -> new Registration.Created(registered);

        Response response = register(Map.of("email", "ann@example.org", "password", "a long enough passphrase"));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getMediaType().toString()).startsWith("application/json");
        String raw = response.readEntity(String.class);
        assertThat(raw).doesNotContain("argon2").doesNotContain("secret-hash");
        assertThat(new ObjectMapper().readValue(raw, new TypeReference<Map<String, Object>>() { }))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                "id", "6f1c2e0a-5b7d-4c3e-9a8b-1d2e3f405162",
                "email", "carol@example.org",
                "emailVerified", true,
                "roles", List.of("user", "admin"),
                "active", false,
                "createdAt", "2026-01-02T03:04:05.678Z",
                "lastLoginAt", "2026-02-03T04:05:06Z",
                "timezone", "Europe/Zurich"));
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
        assertThat(WebFixtures.errors(WebFixtures.json(response))).containsExactly(
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
        API.authenticate = (token, origin) -> Optional.of(WebFixtures.authenticated(ANN));

        Response response = RESOURCES.target("/api/users/me").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.SESSION_TOKEN.value()).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(WebFixtures.json(response).get("email")).isEqualTo("ann@example.org");
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

    @Test
    void whereAddressesMustBeProvenTheAnswerIs202WithTheDetailAndTheTokenOnly() {
        RegistrationToken token = RegistrationToken.fromRandomBytes(new byte[32]);
        API.register = command -> new Registration.AwaitingProof(token);

        Response response = register(Map.of("email", "ann@example.org", "password", "a long enough passphrase"));

        assertThat(response.getStatus()).isEqualTo(202);
        Map<String, Object> body = WebFixtures.json(response);
        assertThat(body).containsOnlyKeys("detail", "registration");
        assertThat(body.get("registration")).isEqualTo(token.value());
    }
}
