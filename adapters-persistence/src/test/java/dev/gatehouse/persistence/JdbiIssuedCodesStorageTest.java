package dev.gatehouse.persistence;

import static dev.gatehouse.application.testing.TestUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.CodeVerdict;
import dev.gatehouse.application.port.out.IssuedCodes;
import dev.gatehouse.application.port.out.TransactionRunner;
import dev.gatehouse.application.testing.FakeCodeHasher;
import dev.gatehouse.domain.code.CodeHash;
import dev.gatehouse.domain.code.CodePurpose;
import dev.gatehouse.domain.code.CodeRules;
import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.testing.TestDatabaseExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the contract cannot see: what lands in the table, and how a reservation behaves inside a unit of work. */
class JdbiIssuedCodesStorageTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30.123456Z");
    private static final OneTimeCode SECRET = new OneTimeCode("482913");

    private final Jdbi jdbi = DATABASE.database().jdbi();
    private final IssuedCodes codes = new JdbiIssuedCodes(jdbi);
    private final TransactionRunner transactions = new JdbiTransactionRunner(jdbi);

    @Test
    void storesTheKeyedHashAndThePurposeIdButNeverTheCode() {
        User user = storedUser();
        CodeHash hash = new FakeCodeHasher().hash(user.id(), CodePurpose.PASSWORD_RESET, SECRET);

        codes.add(IssuedCode.issue(user.id(), CodePurpose.PASSWORD_RESET, hash, NOW, CodeRules.DEFAULT), Duration.ZERO);

        Map<String, Object> row = jdbi.withHandle(handle -> handle
                .createQuery("SELECT * FROM login_codes WHERE user_id = :userId")
                .bind("userId", user.id().toString())
                .mapToMap()
                .one());
        assertThat(row.get("purpose")).isEqualTo("password-reset");
        assertThat(row.get("code_hash")).isEqualTo(hash.hex());
        assertThat(row.get("failed_attempts")).isEqualTo(0);
        assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains(SECRET.digits()));
    }

    @Test
    void aWrongAttemptCountedInAUnitOfWorkThatFailsIsUndoneWithIt() {
        User user = storedUser();
        codes.add(IssuedCode.issue(user.id(), CodePurpose.SIGN_IN,
                new FakeCodeHasher().hash(user.id(), CodePurpose.SIGN_IN, SECRET), NOW, CodeRules.DEFAULT), Duration.ZERO);

        try {
            transactions.inTransaction(() -> {
                assertThat(codes.judge(user.id(), CodePurpose.SIGN_IN,
                        new FakeCodeHasher().hash(user.id(), CodePurpose.SIGN_IN, new OneTimeCode("000000")),
                        NOW.plusSeconds(1))).isEqualTo(CodeVerdict.WRONG);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the point of the test
        }

        assertThat(codes.newest(user.id(), CodePurpose.SIGN_IN).orElseThrow().failedAttempts()).isZero();
    }

    private User storedUser() {
        User user = aUser().build();
        new JdbiUsers(jdbi).add(user);
        return user;
    }
}
