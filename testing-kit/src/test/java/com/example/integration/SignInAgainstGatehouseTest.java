package com.example.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.GatehouseClient;
import dev.gatehouse.testing.GatehouseExtension;
import dev.gatehouse.testing.GatehouseResponse;
import dev.gatehouse.testing.GatehouseSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignInAgainstGatehouseTest {

    @RegisterExtension
    static final GatehouseExtension GATEHOUSE = new GatehouseExtension();

    @Test
    void signsInWithAMailedCodeAndCallsTheApiAsThatSession() {
        GatehouseClient gatehouse = GATEHOUSE.client();
        gatehouse.seedUser("ann@example.org", "correct horse battery staple");

        gatehouse.requestSignInCode("ann@example.org");
        String code = gatehouse.lastCodeTo("ann@example.org");
        GatehouseSession ann = gatehouse.session(gatehouse.signInWithCode("ann@example.org", code));

        GatehouseResponse session = ann.get("/api/session");
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().at("/user/email").asText()).isEqualTo("ann@example.org");
        ann.signOut();
        assertThat(ann.get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorSeesTheAccounts() {
        GatehouseClient gatehouse = GATEHOUSE.client();
        gatehouse.seedUser("root@example.org", "a long and secret passphrase", "admin");
        GatehouseSession root = gatehouse.signInSession("root@example.org", "a long and secret passphrase");

        GatehouseResponse users = root.get("/api/admin/users?email=root@");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body()).contains("\"email\":\"root@example.org\"").contains("\"admin\"");
        // For a browser the test drives (Selenium: driver.manage().addCookie(...)), the same session:
        assertThat(root.cookie().name()).isEqualTo("__Host-gh_session");
    }
}
