package dev.gatehouse.web.page;

import static dev.gatehouse.web.WebFixtures.SESSION_TOKEN;
import static dev.gatehouse.web.page.PageExtension.body;
import static dev.gatehouse.web.page.PageExtension.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.application.port.in.admin.ListUsersQuery;
import dev.gatehouse.application.port.in.admin.SetUserRolesCommand;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase.RevokedSessions;
import dev.gatehouse.application.port.in.admin.UserNotFoundException;
import dev.gatehouse.application.port.in.admin.UserPage;
import dev.gatehouse.application.port.in.audit.AuditEventPage;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.LastAdminException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.page.controller.AdminUsersPage;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class AdminPagesTest {

    private static final PageExtension PAGES = new PageExtension();
    private static final ResourceExtension RESOURCES = PAGES.build();
    private static final User ROOT = WebFixtures.user("root@example.org", Role.USER, Role.ADMIN);
    private static final User ANN = WebFixtures.user("ann@example.org");
    private static final String CSRF = SESSION_TOKEN.csrfToken();

    private final List<ListUsersQuery> queries = new ArrayList<>();

    private static void signedInAs(User user) {
        PAGES.authenticate = (token, origin) -> token.equals(SESSION_TOKEN)
                ? Optional.of(WebFixtures.authenticated(user)) : Optional.empty();
    }

    @BeforeEach
    void rootIsSignedInAndAnnIsListed() {
        signedInAs(ROOT);
        PAGES.listUsers = query -> {
            queries.add(query);
            return new UserPage(List.of(ANN, ROOT), 45);
        };
    }

    @Test
    void listsAccountsWithRoleFormsAndPagesThroughTheSearch() {
        Response response = PAGES.signedIn(RESOURCES.target("/admin/users").queryParam("email", "example.org")
                .queryParam("page", "2").request()).get();

        assertThat(response.getStatus()).isEqualTo(200);
        String page = body(response);
        assertThat(queries).containsExactly(new ListUsersQuery(20, 20, Optional.of("example.org")));
        assertThat(page).contains("ann@example.org").contains("root@example.org")
                .contains("action=\"/admin/users/" + ANN.id() + "/roles\"")
                .contains("action=\"/admin/users/" + ANN.id() + "/disable\"")
                .contains("action=\"/admin/users/" + ANN.id() + "/sessions/revoke\"")
                .contains("name=\"csrf_token\" value=\"" + CSRF + "\"")
                .contains("21–22 of 45")
                // Mustache escapes "=" too; the browser reads the same link.
                .contains("href=\"/admin/users?email&#61;example.org\" rel=\"prev\"")
                .contains("href=\"/admin/users?email&#61;example.org&amp;page&#61;3\" rel=\"next\"");
        assertThat(response.getHeaderString("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void signingAnAccountOutEverywhereIsDoneAsTheSignedInAdminAndGoesBackToTheSameList() {
        AtomicReference<Actor> actor = new AtomicReference<>();
        PAGES.signOutEverywhere = command -> {
            actor.set(command.by().orElseThrow());
            assertThat(command.id()).contains(ANN.id());
            return new RevokedSessions(ANN, 2);
        };

        Response response = PAGES.signedIn(PAGES.browser("/admin/users/" + ANN.id() + "/sessions/revoke"))
                .post(form("csrf_token", CSRF, "email", "ann", "page", "2", "confirmed", "yes"));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().toString()).endsWith("/admin/users?email=ann&page=2&done=user-signed-out");
        assertThat(actor.get().user()).isEqualTo(ROOT);
    }

    @Test
    void aRoleChangeIsMadeAsTheSignedInAdminAndGoesBackToTheSameList() {
        AtomicReference<SetUserRolesCommand> received = new AtomicReference<>();
        PAGES.setRoles = command -> {
            received.set(command);
            return ANN.withRoles(command.roles());
        };

        Response plain = PAGES.signedIn(PAGES.browser("/admin/users/" + ANN.id() + "/roles")).header("User-Agent", "Firefox/140")
                .post(form("csrf_token", CSRF, "role", "user", "role", "admin", "email", "ann", "page", "2",
                        "account", "ann@example.org"));
        Response htmx = PAGES.signedIn(PAGES.htmx("/admin/users/" + ANN.id() + "/roles"))
                .post(form("csrf_token", CSRF, "role", "admin", "confirmed", "yes"));

        assertThat(plain.getStatus()).isEqualTo(303);
        assertThat(plain.getLocation().toString()).endsWith("/admin/users?email=ann&page=2&done=roles-saved");
        assertThat(htmx.getHeaderString("HX-Redirect")).isEqualTo("/admin/users?done=roles-saved");
        Actor actor = received.get().actor();
        assertThat(actor.user()).isEqualTo(ROOT);
        assertThat(actor.origin().clientAddress()).isEqualTo("127.0.0.1");
        assertThat(received.get().roles()).isEqualTo(EnumSet.of(Role.ADMIN));
    }

    @Test
    void refusalsAreShownAboveTheListWithTheStatusTheApiWouldAnswer() {
        PAGES.setRoles = command -> { throw new LastAdminException(); };
        PAGES.disableUser = (id, actor) -> { throw new UserNotFoundException(); };

        Response lastAdmin = PAGES.signedIn(PAGES.browser("/admin/users/" + ROOT.id() + "/roles"))
                .post(form("csrf_token", CSRF, "role", "user", "confirmed", "yes"));
        Response gone = PAGES.signedIn(PAGES.htmx("/admin/users/" + ANN.id() + "/disable"))
                .post(form("csrf_token", CSRF, "confirmed", "yes"));
        Response noRole = PAGES.signedIn(PAGES.htmx("/admin/users/" + ANN.id() + "/roles")).post(form("csrf_token", CSRF));
        Response unknownRole = PAGES.signedIn(PAGES.htmx("/admin/users/" + ANN.id() + "/roles"))
                .post(form("csrf_token", CSRF, "role", "owner"));

        assertThat(lastAdmin.getStatus()).isEqualTo(409);
        assertThat(body(lastAdmin)).contains(new LastAdminException().getMessage()).contains("<table class=\"cards\">");
        assertThat(gone.getStatus()).isEqualTo(404);
        assertThat(body(gone)).contains(AdminUsersPage.GONE).doesNotContain("<table");
        assertThat(noRole.getStatus()).isEqualTo(422);
        assertThat(body(noRole)).contains(AdminUsersPage.NO_ROLE);
        assertThat(unknownRole.getStatus()).isEqualTo(422);
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() {
        PAGES.disableUser = (id, actor) -> { throw new AssertionError("must not be reached"); };

        Response response = PAGES.signedIn(PAGES.browser("/admin/users/" + ANN.id() + "/disable")).post(form());

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void aPlainUserGetsTheNoAccessPageEverywhereUnderAdmin() {
        signedInAs(ANN);

        for (Response response : List.of(
                PAGES.signedIn(PAGES.browser("/admin/users")).get(),
                PAGES.signedIn(PAGES.browser("/admin/audit")).get(),
                PAGES.signedIn(PAGES.browser("/admin/users/" + ANN.id() + "/roles")).post(form("csrf_token", CSRF, "role", "admin")),
                PAGES.signedIn(PAGES.browser("/admin/users/" + ANN.id() + "/enable")).post(form("csrf_token", CSRF)))) {
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(body(response)).contains("No access");
        }
        assertThat(queries).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        Response response = PAGES.browser("/admin/audit").get();

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getLocation().toString()).contains("/login?next=%2Fadmin%2Faudit");
    }

    @Test
    void theAuditPageShowsEventsNewestFirstWithWhoWhatAndWhere() {
        AuditEvent granted = AuditEvent.byActor(WebFixtures.NOW, AuditEventType.ROLE_GRANTED, AuditedAccount.of(ROOT),
                AuditedAccount.of(ANN), "admin", RequestOrigin.of("203.0.113.5", "Firefox/140"));
        AuditEvent failed = AuditEvent.anonymous(WebFixtures.NOW, AuditEventType.SIGN_IN_FAILED,
                AuditedAccount.unknown(dev.gatehouse.domain.user.EmailAddress.of("who@example.org")),
                "password: unknown-account", RequestOrigin.of("198.51.100.1", "<script>alert(1)</script>"));
        List<String> asked = new ArrayList<>();
        PAGES.listAuditEvents = (offset, limit) -> {
            asked.add(offset + "/" + limit);
            return new AuditEventPage(List.of(new RecordedAuditEvent(2, granted), new RecordedAuditEvent(1, failed)), 52);
        };

        Response response = PAGES.signedIn(PAGES.browser("/admin/audit", "page", "2")).get();

        String page = body(response);
        assertThat(asked).containsExactly("50/50");
        assertThat(page.indexOf("role-granted")).isLessThan(page.indexOf("sign-in-failed"));
        assertThat(page).contains("root@example.org").contains("ann@example.org").contains("203.0.113.5")
                .contains("who@example.org (no account)").contains("password: unknown-account")
                .contains("&lt;script&gt;").doesNotContain("<script>alert")
                .contains("href=\"/admin/audit\" rel=\"prev\"");
    }
}
