package dev.gatehouse.domain.password;

import static dev.gatehouse.domain.password.PasswordPolicyFixture.ANN;
import static dev.gatehouse.domain.password.PasswordPolicyFixture.kindsOf;
import static dev.gatehouse.domain.password.PasswordViolation.Kind.COMMON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonPasswordRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "PassWord1234", "qwertyuiopasdfghjkl", "ILOVEYOU1234"})
    void refusesListedPasswordsInAnyLetterCase(String password) {
        assertThat(kindsOf(password, ANN)).containsExactly(COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password12345", "password123", "qwertyuiopasdfghjk!", " password1234"})
    void acceptsPasswordsThatOnlyResembleListedOnes(String password) {
        assertThat(kindsOf(password, ANN)).doesNotContain(COMMON);
    }

    @Test
    void listEntriesAreMatchedWithoutRegardToTheirOwnCase() {
        CommonPasswords list = CommonPasswords.of(List.of("Dragon-Slayer-2000"));

        assertThat(list.contains(new ClearTextPassword("dragon-slayer-2000"))).isTrue();
        assertThat(list.contains(new ClearTextPassword("DRAGON-SLAYER-2000"))).isTrue();
        assertThat(list.size()).isEqualTo(1);
    }

    @Test
    void entriesDifferingOnlyInCaseCountOnce() {
        assertThat(CommonPasswords.of(List.of("Monkey1234567", "monkey1234567", "MONKEY1234567")).size()).isEqualTo(1);
    }
}
