package dev.gatehouse.domain.password;

import static dev.gatehouse.domain.password.PasswordPolicyFixture.ANN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundledCommonPasswordsTest {

    private static CommonPasswords bundled;

    @BeforeAll
    static void loadOnce() {
        bundled = CommonPasswords.bundled();
    }

    @Test
    void holdsAtLeastTheTenThousandMostFrequentPasswords() {
        assertThat(bundled.size()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "password", "qwertyuiopasdfghjkl", "QwertyUiopAsdfGhjkl", "password1234",
            "1q2w3e4r5t6y"})
    void containsWellKnownPasswordsShortAndLong(String password) {
        assertThat(bundled.contains(new ClearTextPassword(password))).isTrue();
    }

    @Test
    void doesNotContainAnUnusualPassphrase() {
        assertThat(bundled.contains(new ClearTextPassword("violet kettle under the ninth bridge"))).isFalse();
    }

    @Test
    void policyWithTheBundledListRefusesALongCommonPassword() {
        PasswordPolicy policy = new PasswordPolicy(12, bundled, "Gatehouse");

        assertThat(policy.violations(new ClearTextPassword("qwertyuiopasdfghjkl"), ANN))
                .extracting(PasswordViolation::kind)
                .containsExactly(PasswordViolation.Kind.COMMON);
        assertThat(policy.violations(new ClearTextPassword("violet kettle under the ninth bridge"), ANN)).isEmpty();
    }

    @Test
    void ofTakesItsOwnCopyOfTheList() {
        List<String> source = new ArrayList<>(List.of("sunshine1234"));
        CommonPasswords list = CommonPasswords.of(source);

        source.add("moonlight1234");

        assertThat(list.contains(new ClearTextPassword("moonlight1234"))).isFalse();
    }
}
