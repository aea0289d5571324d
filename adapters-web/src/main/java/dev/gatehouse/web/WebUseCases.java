package dev.gatehouse.web;

import dev.gatehouse.application.port.in.account.ChangePasswordUseCase;
import dev.gatehouse.application.port.in.account.DeleteAccountUseCase;
import dev.gatehouse.application.port.in.account.ExportAccountUseCase;
import dev.gatehouse.application.port.in.account.RegisterUserUseCase;
import dev.gatehouse.application.port.in.article.ArticleShelfUseCase;
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

/**
 * The inbound ports the web adapter calls: the JSON API and the browser pages serve the same use
 * cases (the pages also hand out pre-session tokens), built once by the composition root.
 */
public record WebUseCases(
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
        EmailChangeUseCases emailChange,
        DeleteAccountUseCase deleteAccount,
        ExportAccountUseCase exportAccount,
        AdminUseCases admin,
        ReadArticleUseCase readArticle,
        SecondFactorUseCases secondFactors,
        PasskeyUseCases passkeys,
        ArticleShelfUseCase articleShelf) {
}
