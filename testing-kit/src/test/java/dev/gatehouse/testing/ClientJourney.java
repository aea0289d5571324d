package dev.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;

/**
 * What an integrator does with the {@link GatehouseClient}, with its effects checked over plain HTTP:
 * run against the in-process Gatehouse and against the container, so both variants prove one code path.
 */
final class ClientJourney {

    static final String PASSWORD = "correct horse battery staple";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ClientJourney() {
    }

    static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Registers, signs in by password and by mailed code, and is promoted to administrator. */
    static void registerSignInAndBecomeAdmin(GatehouseClient gatehouse) {
        String email = uniqueEmail("journey");
        GatehouseUser user = gatehouse.registerVerified(email, PASSWORD);
        assertThat(user.email()).isEqualTo(email);
        assertThat(user.roles()).containsExactly("user");

        String passwordToken = gatehouse.signIn(email, PASSWORD);
        assertThat(get(gatehouse, "/api/users/me", passwordToken).statusCode()).isEqualTo(200);
        assertThat(get(gatehouse, "/api/admin/users", passwordToken).statusCode()).isEqualTo(403);

        gatehouse.requestSignInCode(email);
        String codeToken = gatehouse.signInWithCode(email, gatehouse.lastCodeTo(email));
        assertThat(get(gatehouse, "/api/session", codeToken).body()).contains(user.id());

        gatehouse.promoteToAdmin(email);
        // A role change ends the account's sessions: create-admin runs beside the server, whose session
        // cache learns it through the revocation feed, within sessions.cacheTtl (1 s).
        assertThat(statusWithin(Duration.ofSeconds(3), () -> get(gatehouse, "/api/users/me", passwordToken).statusCode(), 401))
                .isEqualTo(401);
        String adminToken = gatehouse.signIn(email, PASSWORD);
        HttpResponse<String> users = get(gatehouse, "/api/admin/users?email=" + email, adminToken);
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("\"admin\"");

        GatehouseRequestException wrongPassword = catchThrowableOfType(GatehouseRequestException.class,
                () -> gatehouse.signIn(email, "not the password at all"));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("Email or password are incorrect");
    }

    static HttpResponse<String> get(GatehouseClient gatehouse, String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(gatehouse.baseUrl().resolve(path))
                .header("Authorization", "Bearer " + token)
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int statusWithin(Duration limit, IntSupplier status, int wanted) {
        long deadline = System.nanoTime() + limit.toNanos();
        int last = status.getAsInt();
        while (last != wanted && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            last = status.getAsInt();
        }
        return last;
    }
}
