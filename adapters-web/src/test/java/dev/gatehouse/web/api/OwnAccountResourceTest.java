package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.account.AccountExport;
import dev.gatehouse.application.port.in.session.OwnSession;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The export's shape. Deleting (a DELETE with a body) is tested against the whole application, in
 * {@code AccountDeletionTest} and {@code OpenApiAppTest}: this test container drops the body of a DELETE.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OwnAccountResourceTest {

    private static final ApiExtension API = new ApiExtension();
    private static final ResourceExtension RESOURCES = API.build();
    private static final User ANN = WebFixtures.user("ann@example.org");

    @BeforeEach
    void annIsSignedIn() {
        API.authenticate = (token, origin) -> token.equals(WebFixtures.SESSION_TOKEN)
                ? Optional.of(WebFixtures.authenticated(ANN)) : Optional.empty();
    }

    @Test
    void theExportIsAnAttachmentOfTheAccountItsSessionsAndItsEvents() {
        API.exportAccount = asking -> new AccountExport(WebFixtures.NOW, asking.user(),
                List.of(new OwnSession(asking.session(), true, "Firefox on Linux")), List.of());

        Response response = RESOURCES.target("/api/users/me/export").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + WebFixtures.SESSION_TOKEN.value()).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Content-Disposition"))
                .isEqualTo("attachment; filename=\"gatehouse-account.json\"");
        Map<String, Object> body = WebFixtures.json(response);
        assertThat(body).containsOnlyKeys("exportedAt", "account", "sessions", "auditEvents");
        assertThat(body.get("sessions")).asList().hasSize(1);
    }
}
