package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatehouse.generated.client.ApiClient;
import dev.gatehouse.generated.client.ApiException;
import dev.gatehouse.generated.client.ApiResponse;
import dev.gatehouse.generated.client.api.AccountApi;
import dev.gatehouse.generated.client.api.CodesApi;
import dev.gatehouse.generated.client.api.SessionsApi;
import dev.gatehouse.generated.client.model.CurrentSession;
import dev.gatehouse.generated.client.model.LoginRequest;
import dev.gatehouse.generated.client.model.RegistrationRequest;
import dev.gatehouse.generated.client.model.SessionCreated;
import dev.gatehouse.generated.client.model.User;
import dev.gatehouse.generated.client.model.VerifyCodeRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The proof that integrators can generate a client from the published OpenAPI document: the build
 * generates one ({@code openapi-generator-maven-plugin}, library {@code native}, into bootstrap's
 * test sources), and through it alone a person registers, signs in with the code mailed to the
 * address, and checks the session against the running app. {@code register} is typed by its first
 * success, 201 (the answer without proven addresses); on the default it answers 202, whose
 * registration token the typed answer does not carry, so the code alone signs in (docs/api.md).
 */
class GeneratedClientAppTest {

    private static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension().withMail();

    private static ApiClient client(String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + APP.port());
        if (bearerToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        }
        return client;
    }

    @Test
    void registersSignsInWithTheMailedCodeAndChecksTheSession() throws Exception {
        String email = uniqueEmail("generated");

        ApiResponse<User> registered = new AccountApi(client(null))
                .registerWithHttpInfo(new RegistrationRequest().email(email).password(PASSWORD));
        assertThat(registered.getStatusCode()).as("proven addresses: the registration waits for its code").isEqualTo(202);
        String code = APP.mail().mailedCode(email, "Confirm your address", 1);
        SessionCreated signedIn = new CodesApi(client(null)).verifySignInCode(
                new VerifyCodeRequest().email(email).code(code).timezone("Europe/Zurich"));

        CurrentSession session = new SessionsApi(client(signedIn.getToken())).currentSession();

        assertThat(session.getUser().getEmail()).isEqualTo(email);
        assertThat(session.getUser().getRoles()).containsExactly(User.RolesEnum.USER);
        assertThat(session.getUser().getActive()).isTrue();
        assertThat(session.getExpiresAt()).isNotNull();
        new SessionsApi(client(signedIn.getToken())).signOut(null);
        ApiException ended = catchThrowableOfType(ApiException.class,
                () -> new SessionsApi(client(signedIn.getToken())).currentSession());
        assertThat(ended.getCode()).isEqualTo(401);
        assertThat(ended.getResponseBody()).contains("urn:gatehouse:problem:unauthenticated");
    }

    @Test
    void aWrongPasswordIsAnApiExceptionWithTheProblemDocument() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> new SessionsApi(client(null))
                .signIn(new LoginRequest().email(uniqueEmail("nobody")).password(PASSWORD)));

        assertThat(refused.getCode()).isEqualTo(401);
        assertThat(refused.getResponseBody()).contains("urn:gatehouse:problem:invalid-credentials");
    }
}
