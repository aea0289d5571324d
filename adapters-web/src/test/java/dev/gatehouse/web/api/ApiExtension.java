package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.account.ChangePasswordUseCase;
import dev.gatehouse.application.port.in.account.ConfirmEmailChangeUseCase;
import dev.gatehouse.application.port.in.account.DeleteAccountUseCase;
import dev.gatehouse.application.port.in.account.ExportAccountUseCase;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.in.account.RequestEmailChangeUseCase;
import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.application.port.in.code.ConfirmPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.in.session.Authenticated;
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
import dev.gatehouse.web.WebUseCases;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.http.TrustedProxies;
import io.dropwizard.testing.junit5.ResourceExtension;
import java.util.List;
import java.util.function.Function;
import org.glassfish.jersey.test.grizzly.GrizzlyWebTestContainerFactory;

/**
 * The JSON API as the app registers it ({@link WebApi#components}) over use cases the test controls.
 * Each use case is a field a test may replace, so a test states only what it needs.
 */
final class ApiExtension {

    static final long MAX_BODY_BYTES = 64 * 1024;
    static final String ALLOWED_ORIGIN = "https://app.example.org";

    RegisterUserUseCase register = command -> { throw new AssertionError("register not expected"); };
    PasswordLoginUseCase login = command -> { throw new AssertionError("login not expected"); };
    AuthenticateSessionUseCase authenticate = (token, origin) -> java.util.Optional.empty();
    Function<Authenticated, java.util.Optional<Authenticated>> rotateToken = current -> java.util.Optional.empty();
    Function<Authenticated, java.util.Optional<Authenticated>> rotateTokenNow = current -> java.util.Optional.empty();
    ReadArticleUseCase readArticle = (session, article) -> { throw new AssertionError("reading not expected"); };
    LogOutUseCase logOut = (session, actor) -> { throw new AssertionError("logout not expected"); };
    ListOwnSessionsUseCase listOwnSessions = asking -> java.util.List.of();
    RevokeOwnSessionUseCase revoke = (owner, session) -> { throw new AssertionError("revoke not expected"); };
    RequestSignInCodeUseCase requestCode = command -> { throw new AssertionError("code request not expected"); };
    VerifySignInCodeUseCase verifyCode = command -> { throw new AssertionError("code verification not expected"); };
    RequestPasswordResetUseCase requestReset = command -> { throw new AssertionError("reset request not expected"); };
    ConfirmPasswordResetUseCase confirmReset = command -> { throw new AssertionError("reset not expected"); };

    SignOutEverywhereElseUseCase signOutEverywhereElse =
            (current, origin) -> { throw new AssertionError("sign out everywhere else not expected"); };
    DeleteAccountUseCase deleteAccount = command -> { throw new AssertionError("account deletion not expected"); };
    ExportAccountUseCase exportAccount = asking -> { throw new AssertionError("account export not expected"); };
    ChangePasswordUseCase changePassword = command -> { throw new AssertionError("password change not expected"); };
    RequestEmailChangeUseCase requestEmailChange =
            command -> { throw new AssertionError("change of address not expected"); };
    ConfirmEmailChangeUseCase confirmEmailChange =
            command -> { throw new AssertionError("confirming a change of address not expected"); };

    /** Set before {@link #build()}: the app's forward-auth settings (none by default). */
    ForwardAuthSettings forwardAuth = ForwardAuthSettings.none();

    final SessionCookie cookie = new SessionCookie(true);
    private final CookieTokenRotation rotation =
            new CookieTokenRotation(TestRotations.of(() -> rotateToken, () -> rotateTokenNow), cookie);

    ResourceExtension build() {
        WebUseCases useCases = new WebUseCases(
                command -> register.register(command),
                command -> login.logIn(command),
                (token, origin) -> authenticate.authenticate(token, origin),
                (session, actor) -> logOut.logOut(session, actor),
                asking -> listOwnSessions.listOwnSessions(asking),
                (owner, session) -> revoke.revoke(owner, session),
                () -> { throw new AssertionError("the API hands out no pre-session tokens"); },
                command -> requestCode.requestSignInCode(command),
                command -> verifyCode.verify(command),
                command -> requestReset.requestPasswordReset(command),
                command -> confirmReset.confirm(command),
                (current, origin) -> signOutEverywhereElse.signOutEverywhereElse(current, origin),
                command -> changePassword.changePassword(command),
                new EmailChangeUseCases(command -> requestEmailChange.requestEmailChange(command),
                        command -> confirmEmailChange.confirmEmailChange(command)),
                command -> deleteAccount.delete(command),
                asking -> exportAccount.export(asking),
                new AdminUseCases(
                        query -> { throw new AssertionError("user list not expected"); },
                        command -> { throw new AssertionError("role change not expected"); },
                        (id, actor) -> { throw new AssertionError("disable not expected"); },
                        (id, actor) -> { throw new AssertionError("enable not expected"); },
                        (offset, limit) -> { throw new AssertionError("audit not expected"); },
                        command -> { throw new AssertionError("signing out everywhere not expected"); }),
                (session, article) -> readArticle.read(session, article),
                NoSecondFactors.useCases(),
                new PasskeyUseCases(
                        actor -> { throw new AssertionError("passkey options not expected"); },
                        command -> { throw new AssertionError("adding a passkey not expected"); },
                        owner -> { throw new AssertionError("passkey list not expected"); },
                        command -> { throw new AssertionError("removing a passkey not expected"); },
                        () -> { throw new AssertionError("passkey sign-in options not expected"); },
                        command -> { throw new AssertionError("passkey sign-in not expected"); }),
                session -> { throw new AssertionError("article shelf not expected"); });
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setTestContainerFactory(new GrizzlyWebTestContainerFactory())
                .setRegisterDefaultExceptionMappers(false)
                .addResource(new FormProbeResource());
        WebApi.components(useCases, new ApiSettings(TrustedProxies.none(), List.of(ALLOWED_ORIGIN), MAX_BODY_BYTES),
                forwardAuth, cookie, rotation).forEach(builder::addResource);
        return builder.build();
    }
}
