package dev.gatehouse.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.SignInMethod;
import dev.gatehouse.domain.user.SignInRefusal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stored texts are a contract with the rows already in the trail and with whoever reads them. */
class AuditDetailTest {

    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30Z");
    private static final RequestOrigin ORIGIN = RequestOrigin.of("192.0.2.1", null);
    private static final AuditedAccount ANN = AuditedAccount.unknown(EmailAddress.of("ann@example.org"));

    static Stream<Arguments> storedTexts() {
        return Stream.of(
                Arguments.of(Attempt.succeeded(AttemptMethod.PASSWORD), "password"),
                Arguments.of(Attempt.succeeded(AttemptMethod.CODE), "code"),
                Arguments.of(Attempt.refused(AttemptMethod.PASSWORD, AuditReason.UNKNOWN_ACCOUNT), "password: unknown-account"),
                Arguments.of(Attempt.refused(AttemptMethod.PASSWORD, AuditReason.NO_PASSWORD), "password: no-password"),
                Arguments.of(Attempt.refused(AttemptMethod.PASSWORD, AuditReason.WRONG_PASSWORD), "password: wrong-password"),
                Arguments.of(Attempt.refused(AttemptMethod.PASSWORD, AuditReason.DISABLED), "password: disabled"),
                Arguments.of(Attempt.refused(AttemptMethod.PASSWORD, AuditReason.PENDING), "password: pending"),
                Arguments.of(Attempt.refused(AttemptMethod.PASSWORD, AuditReason.CHANGED_DURING_SIGN_IN),
                        "password: changed-during-sign-in"),
                Arguments.of(Attempt.refused(AttemptMethod.PASSWORD, AuditReason.THROTTLED), "password: throttled"),
                Arguments.of(Attempt.refused(AttemptMethod.CODE, AuditReason.WRONG_CODE), "code: wrong-code"),
                Arguments.of(Attempt.refused(AttemptMethod.CODE, AuditReason.NO_LIVE_CODE), "code: no-live-code"),
                Arguments.of(Attempt.refused(AttemptMethod.CODE, AuditReason.TOO_MANY_FAILURES), "code: too-many-failures"),
                Arguments.of(Attempt.refused(AttemptMethod.PASSWORD_RESET, AuditReason.WRONG_CODE),
                        "password-reset: wrong-code"),
                Arguments.of(Attempt.refused(AttemptMethod.PASSWORD_CHANGE, AuditReason.WRONG_PASSWORD),
                        "password-change: wrong-password"),
                Arguments.of(Attempt.refused(AttemptMethod.PASSWORD_CHANGE, AuditReason.THROTTLED),
                        "password-change: throttled"),
                Arguments.of(new CodeRequest(CodePurpose.SIGN_IN, Optional.empty()), "sign-in"),
                Arguments.of(new CodeRequest(CodePurpose.SIGN_IN, Optional.of(AuditReason.RECENTLY_SENT)),
                        "sign-in: recently-sent"),
                Arguments.of(new CodeRequest(CodePurpose.PASSWORD_RESET, Optional.of(AuditReason.UNKNOWN_ACCOUNT)),
                        "password-reset: unknown-account"),
                Arguments.of(new AuditedRole(Role.ADMIN), "admin"),
                Arguments.of(AuditNote.NONE, ""),
                Arguments.of(AuditNote.WITH_PASSWORD, "password"),
                Arguments.of(AuditNote.CREATE_ADMIN, "create-admin"),
                Arguments.of(AuditNote.ALL_SESSIONS, "all sessions"),
                Arguments.of(AuditNote.ALL_OTHER_SESSIONS, "all-others"),
                Arguments.of(AuditNote.REPLACED_TOKEN_PRESENTED, "replaced token presented"),
                Arguments.of(AuditNote.REPLACED_BY_SIGN_IN, "replaced by a new sign-in"));
    }

    @ParameterizedTest(name = "[{0}] stored as \"{1}\"")
    @MethodSource("storedTexts")
    void keepsTheStoredTextOfEveryDetail(AuditDetail detail, String stored) {
        AuditEvent event = AuditEvent.anonymous(NOW, AuditEventType.SIGN_IN_FAILED, ANN, detail, ORIGIN);

        assertThat(event.detail()).isEqualTo(stored);
        assertThat(event.meaning()).contains(detail);
    }

    @Test
    void everyReasonAndMethodHasItsStoredName() {
        assertThat(Stream.of(AuditReason.values()).map(AuditReason::id)).containsExactly("unknown-account",
                "no-password", "wrong-password", "disabled", "pending", "email-unverified", "changed-during-sign-in", "throttled",
                "too-many-failures", "wrong-code", "no-live-code", "recently-sent", "replayed", "no-live-challenge",
                "unknown-passkey", "invalid-passkey", "counter-regressed");
        assertThat(Stream.of(AttemptMethod.values()).map(AttemptMethod::id))
                .containsExactly("password", "code", "password-change", "password-reset", "email-change",
                        "account-deletion", "totp", "recovery-code", "reauthentication", "passkey");
    }

    @Test
    void namesAnAccountsRefusalAndAnEnteredCodeAsTheTrailDoes() {
        assertThat(Map.of(SignInRefusal.DISABLED, AuditReason.of(SignInRefusal.DISABLED),
                SignInRefusal.PENDING, AuditReason.of(SignInRefusal.PENDING),
                SignInRefusal.NO_PASSWORD, AuditReason.of(SignInRefusal.NO_PASSWORD)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(SignInRefusal.DISABLED, AuditReason.DISABLED,
                        SignInRefusal.PENDING, AuditReason.PENDING, SignInRefusal.NO_PASSWORD, AuditReason.NO_PASSWORD));
        assertThat(AttemptMethod.of(SignInMethod.PASSWORD)).isEqualTo(AttemptMethod.PASSWORD);
        assertThat(AttemptMethod.of(SignInMethod.CODE)).isEqualTo(AttemptMethod.CODE);
        assertThat(AttemptMethod.enteringCode(CodePurpose.SIGN_IN)).isEqualTo(AttemptMethod.CODE);
        assertThat(AttemptMethod.enteringCode(CodePurpose.PASSWORD_RESET)).isEqualTo(AttemptMethod.PASSWORD_RESET);
    }

    @Test
    void onlyAThrottledAttemptSaysSo() {
        assertThat(Attempt.refused(AttemptMethod.CODE, AuditReason.THROTTLED).throttled()).isTrue();
        assertThat(Attempt.refused(AttemptMethod.CODE, AuditReason.WRONG_CODE).throttled()).isFalse();
        assertThat(Attempt.succeeded(AttemptMethod.CODE).throttled()).isFalse();
    }

    @Test
    void anEventReadBackFromStorageHasItsTextOnlyAndAMeaningMustMatchItsText() {
        assertThat(AuditEvent.anonymous(NOW, AuditEventType.SIGN_IN_FAILED, ANN, "code: wrong-code", ORIGIN).meaning())
                .isEmpty();
        assertThatThrownBy(() -> new AuditEvent(NOW, AuditEventType.SIGN_IN_FAILED, Optional.empty(), Optional.of(ANN),
                "code: wrong-code", ORIGIN, Optional.of(Attempt.refused(AttemptMethod.CODE, AuditReason.NO_LIVE_CODE))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
