package dev.gatehouse.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.admin.DisableUserUseCase;
import dev.gatehouse.application.port.in.admin.EnableUserUseCase;
import dev.gatehouse.application.port.in.admin.ListUsersQuery;
import dev.gatehouse.application.port.in.admin.ListUsersUseCase;
import dev.gatehouse.application.port.in.admin.SetUserRolesCommand;
import dev.gatehouse.application.port.in.admin.SetUserRolesUseCase;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase.RevokedSessions;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.in.admin.UserPage;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.AccountPendingException;
import dev.gatehouse.domain.user.LastAdminException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.TestRotations;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.SessionAuthentication;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.http.TrustedProxies;
import dev.gatehouse.web.problem.ProblemMappers;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.glassfish.jersey.test.grizzly.GrizzlyWebTestContainerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The admin API over fake use cases, with the app's real filters, authentication, role check and problem mappers ({@link WebApi}). */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminUsersResourceTest {

    private static final User PLAIN = WebFixtures.user("plain@example.org");
    private static final User ADMIN = WebFixtures.user("root@example.org").withRoles(Set.of(Role.USER, Role.ADMIN));
    private static final User TARGET = WebFixtures.user("target@example.org");
    private static final SessionToken USER_TOKEN = WebFixtures.token((byte) 3);
    private static final SessionToken ADMIN_TOKEN = WebFixtures.token((byte) 5);
    private static final String TARGET_PATH = "/api/admin/users/" + TARGET.id();

    private static final SessionCookie COOKIE = new SessionCookie(true);
    private static final List<String> CALLS = new ArrayList<>();
    private static ListUsersUseCase listUsers;
    private static SetUserRolesUseCase setRoles;
    private static DisableUserUseCase disable;
    private static EnableUserUseCase enable;
    private static SignOutUserEverywhereUseCase signOutEverywhere;

    private static final ResourceExtension RESOURCES = build();

    private static ResourceExtension build() {
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setTestContainerFactory(new GrizzlyWebTestContainerFactory())
                .setRegisterDefaultExceptionMappers(false)
                .addResource(new AdminUsersResource(
                        query -> listUsers.list(query),
                        command -> setRoles.setRoles(command),
                        (id, actor) -> disable.disable(id, actor),
                        (id, actor) -> enable.enable(id, actor),
                        command -> signOutEverywhere.signOutEverywhere(command)));
        ProblemMappers.all().forEach(builder::addProvider);
        WebApi.filters(new ApiSettings(TrustedProxies.none(), List.of(), ApiExtension.MAX_BODY_BYTES), COOKIE)
                .forEach(builder::addProvider);
        WebApi.authentication(new SessionAuthentication(AdminUsersResourceTest::authenticate,
                new CookieTokenRotation(TestRotations.never(), COOKIE), COOKIE), COOKIE).forEach(builder::addProvider);
        return builder.build();
    }

    private static Optional<Authenticated> authenticate(SessionToken token, RequestOrigin origin) {
        User user = token.equals(ADMIN_TOKEN) ? ADMIN : token.equals(USER_TOKEN) ? PLAIN : null;
        if (user == null) {
            return Optional.empty();
        }
        Session session = Session.start(new SessionId(UUID.randomUUID()), user.id(), token.hash(), WebFixtures.NOW, false,
                SessionLifetime.DEFAULT, "JUnit");
        return Optional.of(new Authenticated(token, session, user, session.expiresAt(SessionLifetime.DEFAULT)));
    }

    @BeforeEach
    void recordingUseCases() {
        CALLS.clear();
        listUsers = query -> {
            CALLS.add("list");
            return new UserPage(List.of(TARGET), 1);
        };
        setRoles = command -> {
            CALLS.add("roles");
            return TARGET.withRoles(command.roles());
        };
        disable = (id, actor) -> {
            CALLS.add("disable");
            return TARGET.disable();
        };
        enable = (id, actor) -> {
            CALLS.add("enable");
            return TARGET.enable();
        };
        signOutEverywhere = command -> {
            CALLS.add("sign out " + command.id().orElseThrow() + " by " + command.by().orElseThrow().user().email());
            return new RevokedSessions(TARGET, 3);
        };
    }

    enum Caller { ANONYMOUS, USER, ADMIN }

    private static Invocation.Builder as(Caller caller, String path) {
        Invocation.Builder request = RESOURCES.target(path).request();
        return switch (caller) {
            case ANONYMOUS -> request;
            case USER -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + USER_TOKEN.value());
            case ADMIN -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN.value());
        };
    }

    private static Response call(Caller caller, String method) {
        return switch (method) {
            case "GET" -> as(caller, "/api/admin/users").get();
            case "HEAD" -> as(caller, "/api/admin/users").head();
            case "PUT" -> as(caller, TARGET_PATH + "/roles").put(Entity.json(Map.of("roles", List.of("user", "admin"))));
            case "DISABLE" -> as(caller, TARGET_PATH + "/disable").post(null);
            case "ENABLE" -> as(caller, TARGET_PATH + "/enable").post(null);
            case "SIGN_OUT" -> as(caller, TARGET_PATH + "/sessions").delete();
            default -> throw new IllegalArgumentException(method);
        };
    }

    static Stream<Arguments> everyEndpoint() {
        return Stream.of("GET", "HEAD", "PUT", "DISABLE", "ENABLE", "SIGN_OUT").map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void anonymousGets401ProblemAndNoUseCaseRuns(String endpoint) {
        Response response = call(Caller.ANONYMOUS, endpoint);

        assertThat(response.getStatus()).isEqualTo(401);
        if (!endpoint.equals("HEAD")) {
            assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        }
        assertThat(CALLS).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void signedInUserWithoutAdminRoleGets403ProblemAndNoUseCaseRuns(String endpoint) {
        Response response = call(Caller.USER, endpoint);

        assertThat(response.getStatus()).isEqualTo(403);
        if (!endpoint.equals("HEAD")) {
            assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        }
        assertThat(CALLS).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyEndpoint")
    void adminGets200(String endpoint) {
        Response response = call(Caller.ADMIN, endpoint);

        assertThat(response.getStatus()).isEqualTo(200);
        if (endpoint.equals("HEAD")) {
            assertThat(response.hasEntity()).isFalse();
        } else {
            assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        }
    }

    @Test
    void listAnswersItemsAndTotalWithDefaultPaging() {
        AtomicReference<ListUsersQuery> received = new AtomicReference<>();
        listUsers = query -> {
            received.set(query);
            return new UserPage(List.of(TARGET), 41);
        };

        Response response = as(Caller.ADMIN, "/api/admin/users").get();

        Map<String, Object> body = WebFixtures.json(response);
        assertThat(body.get("total")).isEqualTo(41);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
        assertThat(items).singleElement().satisfies(user -> assertThat(user)
                .containsEntry("email", "target@example.org").containsEntry("roles", List.of("user"))
                .containsKeys("id", "active", "createdAt").doesNotContainKeys("passwordHash", "password"));
        assertThat(received.get()).isEqualTo(new ListUsersQuery(0, 20, Optional.empty()));
    }

    @Test
    void listPassesPagingAndSearch() {
        AtomicReference<ListUsersQuery> received = new AtomicReference<>();
        listUsers = query -> {
            received.set(query);
            return new UserPage(List.of(), 0);
        };

        Response response = RESOURCES.target("/api/admin/users").queryParam("offset", 40).queryParam("limit", 100)
                .queryParam("email", "Example.ORG").request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN.value()).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(received.get()).isEqualTo(new ListUsersQuery(40, 100, Optional.of("example.org")));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"offset,-1", "offset,x", "limit,0", "limit,101", "limit,1.5"})
    void badPagingIs422NamingTheField(String field, String value) {
        Response response = RESOURCES.target("/api/admin/users").queryParam(field, value).request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN.value()).get();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(WebFixtures.errors(WebFixtures.json(response))).extracting(error -> error.get("field")).containsExactly(field);
        assertThat(CALLS).isEmpty();
    }

    @Test
    void setRolesPassesTheWholeSetAndAnswersTheUser() {
        AtomicReference<SetUserRolesCommand> received = new AtomicReference<>();
        setRoles = command -> {
            received.set(command);
            return TARGET.withRoles(command.roles());
        };

        Response response = as(Caller.ADMIN, TARGET_PATH + "/roles")
                .put(Entity.json(Map.of("roles", List.of("admin", "user"), "id", "ignored")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(WebFixtures.json(response)).containsEntry("roles", List.of("user", "admin"))
                .containsEntry("id", TARGET.id().toString());
        assertThat(received.get().user()).isEqualTo(TARGET.id());
        assertThat(received.get().roles()).isEqualTo(EnumSet.of(Role.USER, Role.ADMIN));
        assertThat(received.get().actor().user()).isEqualTo(ADMIN);
        assertThat(received.get().actor().origin().clientAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void unknownRoleIs422OnTheRolesField() {
        Response response = as(Caller.ADMIN, TARGET_PATH + "/roles")
                .put(Entity.json(Map.of("roles", List.of("user", "superuser"))));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(WebFixtures.errors(WebFixtures.json(response))).extracting(error -> error.get("field")).containsExactly("roles");
        assertThat(CALLS).isEmpty();
    }

    @Test
    void emptyOrMissingRolesAre422() {
        Response empty = as(Caller.ADMIN, TARGET_PATH + "/roles").put(Entity.json(Map.of("roles", List.of())));
        Response missing = as(Caller.ADMIN, TARGET_PATH + "/roles").put(Entity.json(Map.of()));

        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(CALLS).isEmpty();
    }

    @Test
    void rolesAsAnotherContentTypeIs415() {
        Response response = as(Caller.ADMIN, TARGET_PATH + "/roles").put(Entity.text("admin"));

        assertThat(response.getStatus()).isEqualTo(415);
    }

    @Test
    void removingTheLastAdminIs409Problem() {
        setRoles = command -> { throw new LastAdminException(); };
        disable = (id, actor) -> { throw new LastAdminException(); };

        Response roles = as(Caller.ADMIN, TARGET_PATH + "/roles").put(Entity.json(Map.of("roles", List.of("user"))));
        Response disabled = as(Caller.ADMIN, TARGET_PATH + "/disable").post(null);

        assertThat(roles.getStatus()).isEqualTo(409);
        assertThat(WebFixtures.json(roles)).containsEntry("type", "urn:gatehouse:problem:last-admin");
        assertThat(disabled.getStatus()).isEqualTo(409);
    }

    @Test
    void enablingAPendingAccountIs409() {
        enable = (id, actor) -> { throw new AccountPendingException(); };

        Response response = as(Caller.ADMIN, TARGET_PATH + "/enable").post(null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(WebFixtures.json(response)).containsEntry("type", "urn:gatehouse:problem:account-pending");
    }

    @Test
    void unknownUserIs404() {
        setRoles = command -> { throw new UserNotFoundException(); };
        disable = (id, actor) -> { throw new UserNotFoundException(); };
        enable = (id, actor) -> { throw new UserNotFoundException(); };

        assertThat(as(Caller.ADMIN, TARGET_PATH + "/roles").put(Entity.json(Map.of("roles", List.of("user"))))
                .getStatus()).isEqualTo(404);
        assertThat(as(Caller.ADMIN, TARGET_PATH + "/disable").post(null).getStatus()).isEqualTo(404);
        assertThat(as(Caller.ADMIN, TARGET_PATH + "/enable").post(null).getStatus()).isEqualTo(404);
    }

    @Test
    void idThatIsNotAUuidIs404WithoutCallingTheUseCase() {
        Response roles = as(Caller.ADMIN, "/api/admin/users/not-a-uuid/roles")
                .put(Entity.json(Map.of("roles", List.of("user"))));
        Response disabled = as(Caller.ADMIN, "/api/admin/users/not-a-uuid/disable").post(null);

        assertThat(roles.getStatus()).isEqualTo(404);
        assertThat(roles.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(disabled.getStatus()).isEqualTo(404);
        assertThat(CALLS).isEmpty();
    }

    @Test
    void disableAndEnableAnswerTheChangedUser() {
        Response disabled = as(Caller.ADMIN, TARGET_PATH + "/disable").post(null);
        Response enabled = as(Caller.ADMIN, TARGET_PATH + "/enable").post(null);

        assertThat(WebFixtures.json(disabled)).containsEntry("active", false);
        assertThat(WebFixtures.json(enabled)).containsEntry("active", true);
        assertThat(CALLS).containsExactly("disable", "enable");
    }

    @Test
    void signingAUserOutEverywhereAnswersHowManySessionsEnded() {
        Response response = as(Caller.ADMIN, TARGET_PATH + "/sessions").delete();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(WebFixtures.json(response)).containsExactly(Map.entry("ended", 3));
        assertThat(CALLS).containsExactly("sign out " + TARGET.id() + " by root@example.org");
    }

    @Test
    void methodOverrideHeaderCannotTurnAGetIntoAPut() {
        for (Caller caller : Caller.values()) {
            Response onRoles = as(caller, TARGET_PATH + "/roles").header("X-HTTP-Method-Override", "PUT").get();
            assertThat(onRoles.getStatus()).as(caller + " GET roles").isEqualTo(405);
            Response onList = as(caller, "/api/admin/users").header("X-HTTP-Method-Override", "PUT").get();
            assertThat(onList.getStatus()).as(caller + " GET list")
                    .isEqualTo(caller == Caller.ANONYMOUS ? 401 : caller == Caller.USER ? 403 : 200);
            Response postAsPut = as(caller, TARGET_PATH + "/roles").header("X-HTTP-Method-Override", "PUT")
                    .post(Entity.json(Map.of("roles", List.of("admin"))));
            assertThat(postAsPut.getStatus()).as(caller + " POST roles").isEqualTo(405);
        }
        assertThat(CALLS).containsExactly("list");
    }

    @Test
    void headOnAWriteEndpointIsNotAllowed() {
        for (Caller caller : Caller.values()) {
            assertThat(as(caller, TARGET_PATH + "/roles").head().getStatus()).as(caller.name()).isEqualTo(405);
            assertThat(as(caller, TARGET_PATH + "/disable").head().getStatus()).as(caller.name()).isEqualTo(405);
        }
        assertThat(CALLS).isEmpty();
    }

    @Test
    void cookieAuthenticatedAdminWriteNeedsTheCsrfToken() {
        String cookie = COOKIE.name() + "=" + ADMIN_TOKEN.value();

        Response without = RESOURCES.target(TARGET_PATH + "/disable").request().header("Cookie", cookie).post(null);
        Response with = RESOURCES.target(TARGET_PATH + "/disable").request().header("Cookie", cookie)
                .header("X-CSRF-Token", ADMIN_TOKEN.csrfToken()).post(null);
        Response read = RESOURCES.target("/api/admin/users").request().header("Cookie", cookie).get();

        assertThat(without.getStatus()).isEqualTo(403);
        assertThat(with.getStatus()).isEqualTo(200);
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(CALLS).containsExactly("disable", "list");
    }
}
