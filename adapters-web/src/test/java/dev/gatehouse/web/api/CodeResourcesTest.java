package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.TooManyAttemptsException;
import dev.gatehouse.application.port.in.code.ConfirmPasswordResetCommand;
import dev.gatehouse.application.port.in.code.InvalidCodeException;
import dev.gatehouse.application.port.in.code.RequestCodeCommand;
import dev.gatehouse.application.port.in.code.VerifySignInCodeCommand;
import dev.gatehouse.domain.password.PasswordRejectedException;
import dev.gatehouse.domain.password.PasswordViolation;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CodeResourcesTest {

    private static final ApiExtension API = new ApiExtension();
    private static final ResourceExtension RESOURCES = API.build();
    private static final User ANN = WebFixtures.user("ann@example.org");

    private Response post(String path, Object body) {
        return RESOURCES.target(path).request().post(Entity.json(body));
    }

    @Test
    void codeRequestsAre202WithTheSameBodyForEveryAddress() {
        AtomicReference<RequestCodeCommand> received = new AtomicReference<>();
        API.requestCode = received::set;

        Response first = post("/api/login-codes", Map.of("email", "Ann@Example.org"));
        String firstBody = first.readEntity(String.class);
        Response second = post("/api/login-codes", Map.of("email", "nobody@example.org"));

        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(second.getStatus()).isEqualTo(202);
        assertThat(second.readEntity(String.class)).isEqualTo(firstBody);
        assertThat(received.get().email().value()).isEqualTo("nobody@example.org");
    }

    @Test
    void aMalformedEmailIs422() {
        Response response = post("/api/login-codes", Map.of("email", "not an address"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(WebFixtures.errors(WebFixtures.json(response))).extracting(e -> e.get("field")).containsExactly("email");
    }

    @Test
    void theRightCodeAnswersLikeAPasswordSignIn() {
        AtomicReference<VerifySignInCodeCommand> received = new AtomicReference<>();
        API.verifyCode = command -> {
            received.set(command);
            return WebFixtures.signedIn(ANN, command.rememberMe());
        };

        Response response = post("/api/login-codes/verify", Map.of("email", "ann@example.org", "code", "042137",
                "rememberMe", true, "timezone", "Europe/Berlin"));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(WebFixtures.json(response)).containsKeys("token", "expiresAt", "csrfToken", "user");
        assertThat(response.getHeaderString(HttpHeaders.SET_COOKIE)).contains("Max-Age=");
        assertThat(received.get().code().digits()).isEqualTo("042137");
        assertThat(received.get().timezone()).contains(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void anUnknownTimezoneIsIgnoredNotRefused() {
        AtomicReference<VerifySignInCodeCommand> received = new AtomicReference<>();
        API.verifyCode = command -> {
            received.set(command);
            return WebFixtures.signedIn(ANN, false);
        };

        post("/api/login-codes/verify", Map.of("email", "ann@example.org", "code", "042137", "timezone", "Mars/Olympus"));

        assertThat(received.get().timezone()).isEmpty();
    }

    @Test
    void aWrongCodeIs401AndAThrottledOneIs429WithRetryAfter() {
        API.verifyCode = command -> { throw new InvalidCodeException(); };
        Response wrong = post("/api/login-codes/verify", Map.of("email", "ann@example.org", "code", "000000"));
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(WebFixtures.json(wrong).get("detail")).isEqualTo("Invalid or expired code");

        API.verifyCode = command -> { throw new TooManyAttemptsException(Duration.ofMinutes(60)); };
        Response throttled = post("/api/login-codes/verify", Map.of("email", "ann@example.org", "code", "000000"));
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("3600");
    }

    @Test
    void aCodeThatIsNotSixDigitsIs422WithoutReachingTheUseCase() {
        for (String code : List.of("12345", "1234567", "12345a", "' OR 1=1")) {
            Response response = post("/api/login-codes/verify", Map.of("email", "ann@example.org", "code", code));

            assertThat(response.getStatus()).as(code).isEqualTo(422);
        }
    }

    @Test
    void resetRequestsAre202AndConfirmationIs204() {
        API.requestReset = command -> { };
        AtomicReference<ConfirmPasswordResetCommand> received = new AtomicReference<>();
        API.confirmReset = received::set;

        assertThat(post("/api/password-resets", Map.of("email", "ann@example.org")).getStatus()).isEqualTo(202);
        Response confirmed = post("/api/password-resets/confirm",
                Map.of("email", "ann@example.org", "code", "314159", "newPassword", "a brand new passphrase"));

        assertThat(confirmed.getStatus()).isEqualTo(204);
        assertThat(received.get().newPassword().value()).isEqualTo("a brand new passphrase");
    }

    @Test
    void aResetToAWeakPasswordIs422NamingNewPassword() {
        API.confirmReset = command -> {
            throw new PasswordRejectedException(List.of(
                    new PasswordViolation(PasswordViolation.Kind.TOO_SHORT, "Password must be at least 12 characters")));
        };

        Response response = post("/api/password-resets/confirm",
                Map.of("email", "ann@example.org", "code", "314159", "newPassword", "short"));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(WebFixtures.errors(WebFixtures.json(response))).extracting(e -> e.get("field")).containsExactly("newPassword");
    }
}
