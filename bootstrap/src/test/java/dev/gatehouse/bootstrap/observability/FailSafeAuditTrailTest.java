package dev.gatehouse.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.codahale.metrics.MetricRegistry;
import dev.gatehouse.domain.audit.AuditEvent;
import dev.gatehouse.domain.audit.AuditEventType;
import dev.gatehouse.domain.audit.AuditedAccount;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.persistence.JdbiAuditTrail;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** An audit trail whose table is missing, as when the database refuses the write: the caller carries on. */
class FailSafeAuditTrailTest {

    @RegisterExtension
    static final TestDatabaseExtension UNMIGRATED = TestDatabaseExtension.emptySchema();

    private final MetricRegistry metrics = new MetricRegistry();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(FailSafeAuditTrail.class);

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    @Test
    void aFailedWriteIsCountedAndLoggedWithoutTheEventsDataAndThrowsNothing() {
        FailSafeAuditTrail trail = new FailSafeAuditTrail(new JdbiAuditTrail(UNMIGRATED.database().jdbi()), metrics);
        AuditEvent event = AuditEvent.anonymous(Instant.now(), AuditEventType.SIGN_IN_FAILED,
                AuditedAccount.unknown(EmailAddress.of("secret.person@example.org")), "password: unknown-account",
                RequestOrigin.of("203.0.113.77", "AgentOfSecrets/1.0"));

        assertThatCode(() -> trail.record(event)).doesNotThrowAnyException();

        assertThat(metrics.meter(FailSafeAuditTrail.FAILURES).getCount()).isEqualTo(1);
        assertThat(log.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).contains("sign-in-failed")
                    .doesNotContain("secret.person").doesNotContain("203.0.113.77").doesNotContain("AgentOfSecrets");
            assertThat(line.getThrowableProxy()).isNull();
        });
    }
}
