package dev.gatehouse.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.gatehouse.application.port.out.AuditTrail;
import dev.gatehouse.domain.audit.Attempt;
import dev.gatehouse.domain.audit.AttemptMethod;
import dev.gatehouse.domain.audit.AuditDetail;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditReason;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.audit.CodeRequest;
import dev.gatehouse.domain.audit.RecordedAuditEvent;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeteredAuditTrailTest {

    private static final AuditedAccount ANN = AuditedAccount.unknown(EmailAddress.of("ann@example.org"));
    private static final RequestOrigin ORIGIN = RequestOrigin.of("192.0.2.1", null);

    private final MetricRegistry metrics = new MetricRegistry();
    private final List<AuditEvent> recorded = new ArrayList<>();
    private final AuditTrail trail = new Observability(metrics).metered(new AuditTrail() {
        @Override
        public void record(AuditEvent event) {
            recorded.add(event);
        }

        @Override
        public List<RecordedAuditEvent> newestFirst(int offset, int limit) {
            return List.of();
        }

        @Override
        public long count() {
            return recorded.size();
        }

        @Override
        public List<RecordedAuditEvent> about(UserId account) {
            return List.of();
        }

        @Override
        public void pseudonymise(UserId account, EmailAddress email, AuditedAccount pseudonym) {
        }

        @Override
        public int removeOlderThan(Instant cutoff) {
            return 0;
        }
    });

    private void record(AuditEventType type, AuditDetail detail) {
        trail.record(AuditEvent.anonymous(Instant.now(), type, ANN, detail, ORIGIN));
    }

    private long count(String meter) {
        return metrics.meter(meter).getCount();
    }

    @Test
    void countsSignInsByMethodAndOutcomeAndThrottledGuessesAndPassesEveryEventOn() {
        record(AuditEventType.SIGN_IN_SUCCEEDED, Attempt.succeeded(AttemptMethod.PASSWORD));
        record(AuditEventType.SIGN_IN_SUCCEEDED, Attempt.succeeded(AttemptMethod.CODE));
        record(AuditEventType.SIGN_IN_FAILED, Attempt.refused(AttemptMethod.PASSWORD, AuditReason.WRONG_PASSWORD));
        record(AuditEventType.SIGN_IN_FAILED, Attempt.refused(AttemptMethod.PASSWORD, AuditReason.THROTTLED));
        record(AuditEventType.CODE_REJECTED, Attempt.refused(AttemptMethod.PASSWORD_RESET, AuditReason.THROTTLED));
        record(AuditEventType.CODE_REQUESTED, new CodeRequest(CodePurpose.SIGN_IN, Optional.empty()));

        assertThat(count(GatehouseMetrics.signIns("password", true))).isEqualTo(1);
        assertThat(count(GatehouseMetrics.signIns("code", true))).isEqualTo(1);
        assertThat(count(GatehouseMetrics.signIns("password", false))).isEqualTo(2);
        assertThat(count(GatehouseMetrics.throttled("password"))).isEqualTo(1);
        assertThat(count(GatehouseMetrics.throttled("password-reset"))).isEqualTo(1);
        assertThat(recorded).hasSize(6);
    }
}
