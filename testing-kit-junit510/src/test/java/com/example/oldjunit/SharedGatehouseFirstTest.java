package com.example.oldjunit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.GatehouseClient;
import dev.gatehouse.testing.GatehouseExtension;
import dev.gatehouse.testing.GatehouseSession;
import dev.gatehouse.testing.GatehouseUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.util.ClassLoaderUtils;

/**
 * The kit in a project on JUnit 5.10, the oldest JUnit 5 it claims: the run's shared Gatehouse, a
 * seeded administrator and a session used as it, on 5.10's own platform.
 */
class SharedGatehouseFirstTest {

    static final String EMAIL = "root@example.org";
    static final String PASSWORD = "correct horse battery staple";

    @RegisterExtension
    static final GatehouseExtension GATEHOUSE = GatehouseExtension.shared();

    @Test
    void runsOnJUnit510() {
        assertThat(Test.class.getPackage().getImplementationVersion()).startsWith("5.10.");
        assertThat(ClassLoaderUtils.class.getPackage().getImplementationVersion()).startsWith("1.10.");
    }

    @Test
    void aSeededAdministratorSignsInAndUsesTheAdminApi(GatehouseClient gatehouse) {
        GatehouseUser admin = gatehouse.seedUser(EMAIL, PASSWORD, "admin");

        GatehouseSession session = gatehouse.signInSession(EMAIL, PASSWORD);

        assertThat(admin.roles()).containsExactlyInAnyOrder("user", "admin");
        assertThat(session.get("/api/admin/users").status()).isEqualTo(200);
        assertThat(session.cookie().name()).isEqualTo("__Host-gh_session");
        session.signOut();
        assertThat(session.active()).isFalse();
    }
}
