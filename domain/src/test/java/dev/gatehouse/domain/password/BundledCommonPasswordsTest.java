package dev.gatehouse.domain.password;

import static dev.gatehouse.domain.password.PasswordPolicyFixture.ANN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /**
     * Entries of SecLists' "10-million-password-list-top-10000" from its first rank to its last, so a
     * list of ten thousand other strings, or one cut short, fails; in any letter case.
     */
    @ParameterizedTest
    @ValueSource(strings = {"123456", "password", "qwerty", "iloveyou", "trustno1", "starwars", "passw0rd", "PASSWORD",
        "IloveYou", "weare138", "qwerasdfzxcv", "password99", "experienced", "cheerleaers", "c2h5oh", "brady"})
    void holdsTheTenThousandMostFrequentPasswordsFromTheFirstRankToTheLast(String password) {
        assertThat(bundled.contains(new ClearTextPassword(password))).isTrue();
    }

    @Test
    void holdsAtLeastTheTenThousandMostFrequentPasswords() throws IOException {
        Set<String> distinct = new HashSet<>();
        List<String> lines;
        try (InputStream in = CommonPasswords.class.getResourceAsStream(CommonPasswords.BUNDLED_RESOURCE)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isEmpty()).toList();
        }
        lines.forEach(line -> distinct.add(line.toLowerCase(Locale.ROOT)));

        assertThat(distinct).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(bundled.size()).isEqualTo(distinct.size());
        assertThat(lines.subList(0, 5)).containsExactly("123456", "password", "12345678", "qwerty", "123456789");
        assertThat(lines).allSatisfy(line -> assertThat(bundled.contains(new ClearTextPassword(line))).as(line).isTrue());
    }

    /** What the list is for: common passwords long enough to pass the length rule are refused as common. */
    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiopasdfghjkl", "1qaz2wsx3edc", "123qweasdzxc", "qwertyuiop123", "asdfghjkl123",
        "12345678987654321", "q1w2e3r4t5y6", "QWERTYUIOP123"})
    void thePolicyRefusesLongCommonPasswordsAsCommon(String password) {
        PasswordPolicy policy = new PasswordPolicy(12, bundled, "Gatehouse");

        assertThat(policy.violations(new ClearTextPassword(password), ANN))
                .extracting(PasswordViolation::kind)
                .containsExactly(PasswordViolation.Kind.COMMON);
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
