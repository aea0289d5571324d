package dev.gatehouse.web.page;

import dev.gatehouse.application.port.in.account.ChangePasswordUseCase;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.in.article.ReadArticleUseCase;
import dev.gatehouse.application.port.in.code.ConfirmPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestPasswordResetUseCase;
import dev.gatehouse.application.port.in.code.RequestSignInCodeUseCase;
import dev.gatehouse.application.port.in.code.VerifySignInCodeUseCase;
import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.application.port.in.session.IssuePreSessionTokenUseCase;
import dev.gatehouse.application.port.in.session.ListOwnSessionsUseCase;
import dev.gatehouse.application.port.in.session.LogOutUseCase;
import dev.gatehouse.application.port.in.session.PasswordLoginUseCase;
import dev.gatehouse.application.port.in.session.RevokeOwnSessionUseCase;
import dev.gatehouse.application.port.in.session.SignOutEverywhereElseUseCase;

/** The inbound ports the browser pages call; the same ones the JSON API calls, plus the pre-session token. */
public record PageUseCases(
        RegisterUserUseCase registerUser,
        PasswordLoginUseCase passwordLogin,
        AuthenticateSessionUseCase authenticateSession,
        LogOutUseCase logOut,
        ListOwnSessionsUseCase listOwnSessions,
        RevokeOwnSessionUseCase revokeOwnSession,
        IssuePreSessionTokenUseCase issuePreSessionToken,
        RequestSignInCodeUseCase requestSignInCode,
        VerifySignInCodeUseCase verifySignInCode,
        RequestPasswordResetUseCase requestPasswordReset,
        ConfirmPasswordResetUseCase confirmPasswordReset,
        SignOutEverywhereElseUseCase signOutEverywhereElse,
        ChangePasswordUseCase changePassword,
        AdminUseCases admin,
        ReadArticleUseCase readArticle) {
}
