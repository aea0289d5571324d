package dev.gatehouse.domain.password;

import static dev.gatehouse.domain.password.PasswordPolicyFixture.ANN;
import static dev.gatehouse.domain.password.PasswordPolicyFixture.COMMON;
import static dev.gatehouse.domain.password.PasswordPolicyFixture.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatehouse.domain.password.PasswordViolation.Kind;
import dev.gatehouse.domain.user.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void reportsEveryApplicableReasonAtOnce() {
        // Ten characters, on the common list, and containing the service name.
        PasswordRejectedException rejected = catchThrowableOfType(PasswordRejectedException.class,
                () -> POLICY.enforce(new ClearTextPassword("Gatehouse1"), ANN));

        assertThat(rejected.violations()).extracting(PasswordViolation::kind)
                .containsExactlyInAnyOrder(Kind.TOO_SHORT, Kind.COMMON, Kind.CONTEXT_SPECIFIC);
        assertThat(rejected.violations()).extracting(PasswordViolation::message).allSatisfy(
                message -> assertThat(message).isNotBlank());
    }

    @Test
    void shortMessageNamesTheMinimum() {
        assertThat(POLICY.violations(new ClearTextPassword("short"), ANN))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message()).contains("12"));
    }

    @Test
    void enforceLetsAGoodPasswordThrough() {
        assertThatCode(() -> POLICY.enforce(new ClearTextPassword("violet kettle under the ninth bridge"), ANN))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectionNeedsAtLeastOneReasonAndKeepsItsOwnCopy() {
        assertThatThrownBy(() -> new PasswordRejectedException(List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        List<PasswordViolation> reasons = new ArrayList<>(
                List.of(new PasswordViolation(Kind.COMMON, "too common")));
        PasswordRejectedException rejected = new PasswordRejectedException(reasons);
        reasons.add(new PasswordViolation(Kind.TOO_SHORT, "too short"));

        assertThat(rejected.violations()).hasSize(1);
    }

    @Test
    void rejectionMessageDoesNotCarryThePassword() {
        PasswordRejectedException rejected = catchThrowableOfType(PasswordRejectedException.class,
                () -> POLICY.enforce(new ClearTextPassword("hunter2"), EmailAddress.of("bob@example.org")));

        assertThat(rejected).hasMessageNotContaining("hunter2");
        assertThat(rejected.violations()).extracting(PasswordViolation::message)
                .noneMatch(message -> message.contains("hunter2"));
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 12, 1024})
    void acceptsMinimumLengthsFromEightToTheMaximum(int minLength) {
        assertThat(new PasswordPolicy(minLength, COMMON, "Gatehouse").minLength()).isEqualTo(minLength);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 7, 1025})
    void refusesMinimumLengthsOutsideEightToTheMaximum(int minLength) {
        assertThatThrownBy(() -> new PasswordPolicy(minLength, COMMON, "Gatehouse"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
