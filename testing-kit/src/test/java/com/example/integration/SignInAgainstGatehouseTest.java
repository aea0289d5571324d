package com.example.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.GatehouseClient;
import dev.gatehouse.testing.GatehouseExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignInAgainstGatehouseTest {

    @RegisterExtension
    static final GatehouseExtension GATEHOUSE = new GatehouseExtension();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void signsInWithAMailedCodeAndCallsTheApiWithTheBearerToken() throws Exception {
        GatehouseClient gatehouse = GATEHOUSE.client();
        gatehouse.registerVerified("ann@example.org", "correct horse battery staple");

        gatehouse.requestSignInCode("ann@example.org");
        String code = gatehouse.lastCodeTo("ann@example.org");
        String token = gatehouse.signInWithCode("ann@example.org", code);

        HttpResponse<String> session = get(gatehouse, "/api/session", token);
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains("\"email\":\"ann@example.org\"");
    }

    @Test
    void anAdministratorSeesTheAccounts() throws Exception {
        GatehouseClient gatehouse = GATEHOUSE.client();
        gatehouse.registerVerified("root@example.org", "a long and secret passphrase");
        gatehouse.promoteToAdmin("root@example.org");
        String token = gatehouse.signIn("root@example.org", "a long and secret passphrase");

        HttpResponse<String> users = get(gatehouse, "/api/admin/users?email=root@", token);
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("\"email\":\"root@example.org\"").contains("\"admin\"");
    }

    private HttpResponse<String> get(GatehouseClient gatehouse, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gatehouse.baseUrl().resolve(path))
                .header("Authorization", "Bearer " + token)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
