package dev.gatehouse.web.page;

import com.codahale.metrics.MetricRegistry;
import dev.gatehouse.application.port.in.account.ChangePasswordUseCase;
import dev.gatehouse.application.port.in.account.ConfirmEmailChangeUseCase;
import dev.gatehouse.application.port.in.account.DeleteAccountUseCase;
import dev.gatehouse.application.port.in.account.ExportAccountUseCase;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.in.account.RequestEmailChangeUseCase;
import dev.gatehouse.application.port.in.admin.DisableUserUseCase;
import dev.gatehouse.application.port.in.admin.EnableUserUseCase;
import dev.gatehouse.application.port.in.admin.ListUsersUseCase;
import dev.gatehouse.application.port.in.admin.SetUserRolesUseCase;
import dev.gatehouse.application.port.in.admin.SignOutUserEverywhereUseCase;
import dev.gatehouse.application.port.in.article.ArticleShelfUseCase;
import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.application.port.in.audit.ListAuditEventsUseCase;
import dev.gatehouse.application.port.in.code.ConfirmPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.application.port.in.session.IssuePreSessionTokenUseCase;
import dev.gatehouse.application.port.in.session.ListOwnSessionsUseCase;
import dev.gatehouse.application.port.in.session.LogOutUseCase;
import dev.gatehouse.application.port.in.session.PasswordLoginUseCase;
import dev.gatehouse.application.port.in.session.RevokeOwnSessionUseCase;
import dev.gatehouse.application.port.in.session.SignOutEverywhereElseUseCase;
import dev.gatehouse.web.AdminUseCases;
import dev.gatehouse.web.EmailChangeUseCases;
import dev.gatehouse.web.NoSecondFactors;
import dev.gatehouse.web.PasskeyUseCases;
import dev.gatehouse.web.TestRotations;
import dev.gatehouse.web.WebFixtures;
import dev.gatehouse.web.WebUseCases;
import dev.gatehouse.web.api.ApiSettings;
import dev.gatehouse.web.api.WebApi;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.PreSessionCookie;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.http.TrustedProxies;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.dropwizard.views.common.ViewMessageBodyWriter;
import io.dropwizard.views.mustache.MustacheViewRenderer;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.test.grizzly.GrizzlyWebTestContainerFactory;

/**
 * The browser pages with the app's real filters, mappers and Mustache renderer over use cases the
 * test controls (each a field a test may replace). The JSON API ({@link WebApi#components}) is
 * registered alongside, as in the app, to show that the pages leave its 401 problem documents alone.
 */
final class PageExtension {

    static final int PASSWORD_MIN_LENGTH = 12;
    static final long MAX_BODY_BYTES = 64 * 1024;

    RegisterUserUseCase register = command -> { throw new AssertionError("register not expected"); };
    PasswordLoginUseCase login = command -> { throw new AssertionError("login not expected"); };
    AuthenticateSessionUseCase authenticate = (token, origin) -> Optional.empty();
    Function<Authenticated, Optional<Authenticated>> rotateToken = current -> Optional.empty();
    Function<Authenticated, Optional<Authenticated>> rotateTokenNow = current -> Optional.empty();
    LogOutUseCase logOut = (session, actor) -> { throw new AssertionError("logout not expected"); };
    ListOwnSessionsUseCase listOwnSessions = asking -> List.of();
    RevokeOwnSessionUseCase revoke = (owner, session) -> { throw new AssertionError("revoke not expected"); };
    IssuePreSessionTokenUseCase issuePreSession = () -> WebFixtures.NEW_PRE_SESSION_TOKEN;
    RequestSignInCodeUseCase requestSignInCode = command -> { throw new AssertionError("code request not expected"); };
    VerifySignInCodeUseCase verifySignInCode = command -> { throw new AssertionError("code verify not expected"); };
    RequestPasswordResetUseCase requestPasswordReset =
            command -> { throw new AssertionError("reset request not expected"); };
    ConfirmPasswordResetUseCase confirmPasswordReset =
            command -> { throw new AssertionError("reset confirm not expected"); };

    SignOutEverywhereElseUseCase signOutEverywhereElse =
            (current, origin) -> { throw new AssertionError("sign out everywhere else not expected"); };
    DeleteAccountUseCase deleteAccount = command -> { throw new AssertionError("account deletion not expected"); };
    ExportAccountUseCase exportAccount = asking -> { throw new AssertionError("account export not expected"); };
    ChangePasswordUseCase changePassword = command -> { throw new AssertionError("password change not expected"); };
    RequestEmailChangeUseCase requestEmailChange =
            command -> { throw new AssertionError("change of address not expected"); };
    ConfirmEmailChangeUseCase confirmEmailChange =
            command -> { throw new AssertionError("confirming a change of address not expected"); };
    ListUsersUseCase listUsers = query -> { throw new AssertionError("user list not expected"); };
    SetUserRolesUseCase setRoles = command -> { throw new AssertionError("role change not expected"); };
    DisableUserUseCase disableUser = (id, actor) -> { throw new AssertionError("disable not expected"); };
    ReadArticleUseCase readArticle = (session, article) -> { throw new AssertionError("reading not expected"); };
    ArticleShelfUseCase articleShelf = session -> { throw new AssertionError("article shelf not expected"); };
    SignOutUserEverywhereUseCase signOutEverywhere =
            command -> { throw new AssertionError("signing out everywhere not expected"); };
    EnableUserUseCase enableUser = (id, actor) -> { throw new AssertionError("enable not expected"); };
    ListAuditEventsUseCase listAuditEvents = (offset, limit) -> { throw new AssertionError("audit not expected"); };

    final SessionCookie sessionCookie = new SessionCookie(true);
    final PreSessionCookie preSessionCookie = PreSessionCookie.like(sessionCookie);
    private final CookieTokenRotation rotation =
            new CookieTokenRotation(TestRotations.of(() -> rotateToken, () -> rotateTokenNow), sessionCookie);
    private ResourceExtension resources;

    ResourceExtension build() {
        WebUseCases useCases = new WebUseCases(
                command -> register.register(command),
                command -> login.logIn(command),
                (token, origin) -> authenticate.authenticate(token, origin),
                (session, actor) -> logOut.logOut(session, actor),
                asking -> listOwnSessions.listOwnSessions(asking),
                (owner, session) -> revoke.revoke(owner, session),
                () -> issuePreSession.issuePreSessionToken(),
                command -> requestSignInCode.requestSignInCode(command),
                command -> verifySignInCode.verify(command),
                command -> requestPasswordReset.requestPasswordReset(command),
                command -> confirmPasswordReset.confirm(command),
                (current, origin) -> signOutEverywhereElse.signOutEverywhereElse(current, origin),
                command -> changePassword.changePassword(command),
                new EmailChangeUseCases(command -> requestEmailChange.requestEmailChange(command),
                        command -> confirmEmailChange.confirmEmailChange(command)),
                command -> deleteAccount.delete(command),
                asking -> exportAccount.export(asking),
                new AdminUseCases(query -> listUsers.list(query), command -> setRoles.setRoles(command),
                        (id, actor) -> disableUser.disable(id, actor), (id, actor) -> enableUser.enable(id, actor),
                        (offset, limit) -> listAuditEvents.list(offset, limit),
                        command -> signOutEverywhere.signOutEverywhere(command)),
                (session, article) -> readArticle.read(session, article),
                NoSecondFactors.useCases(),
                new PasskeyUseCases(
                        actor -> { throw new AssertionError("passkey options not expected"); },
                        command -> { throw new AssertionError("adding a passkey not expected"); },
                        owner -> java.util.List.of(),
                        command -> { throw new AssertionError("removing a passkey not expected"); },
                        () -> { throw new AssertionError("passkey sign-in options not expected"); },
                        command -> { throw new AssertionError("passkey sign-in not expected"); }),
                session -> articleShelf.shelf(session));
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setTestContainerFactory(new GrizzlyWebTestContainerFactory())
                .setRegisterDefaultExceptionMappers(false)
                .addProvider(new ViewMessageBodyWriter(new MetricRegistry(), List.of(new MustacheViewRenderer())))
                .addResource(new AdminOnlyTestPage());
        WebApi.components(useCases, new ApiSettings(TrustedProxies.none(), List.of(), MAX_BODY_BYTES), sessionCookie,
                rotation).forEach(builder::addResource);
        Pages.components(useCases, new PageSettings("Gatehouse", PASSWORD_MIN_LENGTH), sessionCookie, rotation)
                .forEach(builder::addResource);
        resources = builder.build();
        return resources;
    }

    /** A request as a browser makes it: redirects are not followed, so tests see the 303 and its Location. */
    Invocation.Builder browser(String path) {
        return resources.target(path).property(ClientProperties.FOLLOW_REDIRECTS, false).request();
    }

    Invocation.Builder browser(String path, String queryName, String queryValue) {
        return resources.target(path).queryParam(queryName, queryValue)
                .property(ClientProperties.FOLLOW_REDIRECTS, false).request();
    }

    Invocation.Builder htmx(String path) {
        return browser(path).header(Htmx.REQUEST, "true");
    }

    /** A browser that holds a pre-session cookie, as after it was shown a form. */
    Invocation.Builder withPreSession(Invocation.Builder request) {
        return request.cookie(preSessionCookie.name(), WebFixtures.PRE_SESSION_TOKEN.value());
    }

    Invocation.Builder signedIn(Invocation.Builder request) {
        return request.cookie(sessionCookie.name(), WebFixtures.SESSION_TOKEN.value());
    }

    static Entity<Form> form(String... namesAndValues) {
        Form form = new Form();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Entity.form(form);
    }

    static String body(Response response) {
        return response.readEntity(String.class);
    }
}
