package dev.gatehouse.application.service.admin;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.port.in.admin.ListUsersQuery;
import dev.gatehouse.application.port.in.admin.UserPage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListUsersServiceTest {

    private final AdministrationFixture fixture = new AdministrationFixture();
    private final ListUsersService service = new ListUsersService(fixture.users);

    @Test
    void answersThePageAndTheTotalOfMatchingUsers() {
        fixture.stored(aUser().withEmail("ann@example.org"));
        fixture.stored(aUser().withEmail("bob@example.org"));
        fixture.stored(aUser().withEmail("carol@example.net"));

        UserPage page = service.list(new ListUsersQuery(1, 1, Optional.of("  EXAMPLE.ORG ")));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(user -> user.email().value()).containsExactly("bob@example.org");
    }

    @Test
    void blankSearchMeansEveryUser() {
        fixture.stored(aUser());
        fixture.stored(aUser());

        assertThat(service.list(new ListUsersQuery(0, 20, Optional.of("   "))).total()).isEqualTo(2);
    }

    @Test
    void queryRefusesPagingOutOfBounds() {
        assertThatThrownBy(() -> new ListUsersQuery(-1, 20, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListUsersQuery(0, 0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListUsersQuery(0, ListUsersQuery.MAX_LIMIT + 1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListUsersQuery(0, 20, Optional.of("x".repeat(255))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
