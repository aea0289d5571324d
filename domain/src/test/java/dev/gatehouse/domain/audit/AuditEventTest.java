package dev.gatehouse.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEventTest {

    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30Z");
    private static final RequestOrigin ORIGIN = RequestOrigin.of("192.0.2.1", null);
    private static final AuditedAccount ANN = AuditedAccount.unknown(EmailAddress.of("ann@example.org"));

    private static AuditEvent withDetail(String detail) {
        return AuditEvent.anonymous(NOW, AuditEventType.SIGN_IN_FAILED, ANN, detail, ORIGIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "password", "password: wrong-password", "code: too-many-failures", "admin"})
    void acceptsTheFixedVocabularyOfDetails(String detail) {
        assertThatCode(() -> withDetail(detail)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password", "hunter2!", "code=123456\n", " leading", "ü"})
    void refusesAnythingThatCouldBeTextFromARequest(String detail) {
        assertThatThrownBy(() -> withDetail(detail)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnOverlongDetail() {
        assertThatThrownBy(() -> withDetail("a".repeat(AuditEvent.MAX_DETAIL_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> withDetail("a".repeat(AuditEvent.MAX_DETAIL_LENGTH))).doesNotThrowAnyException();
    }

    @Test
    void anAnonymousEventHasNoActorAndASelfEventIsItsOwnActor() {
        assertThat(AuditEvent.anonymous(NOW, AuditEventType.CODE_REQUESTED, ANN, "sign-in", ORIGIN).actor()).isEmpty();
        assertThat(AuditEvent.bySelf(NOW, AuditEventType.SIGNED_OUT, ANN, "", ORIGIN).actor()).contains(ANN);
    }

    @Test
    void everyTypeRoundTripsThroughItsId() {
        assertThat(Arrays.stream(AuditEventType.values()).map(type -> AuditEventType.fromId(type.id())))
                .containsExactly(AuditEventType.values());
        assertThatThrownBy(() -> AuditEventType.fromId("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
