package dev.gatehouse.domain.password;

import static dev.gatehouse.domain.password.PasswordPolicyFixture.kindsOf;
import static dev.gatehouse.domain.password.PasswordViolation.Kind.CONTEXT_SPECIFIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.user.EmailAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextWordRuleTest {

    @ParameterizedTest
    @CsvSource({
            "annabel@example.org, my annabel@example.org secret",  // the whole address
            "annabel@example.org, ANNABEL@EXAMPLE.ORG!",
            "annabel@example.org, annabel-likes-green-tea",        // the local part
            "annabel@example.org, tea-with-AnnaBel-at-noon",
            "anna@example.org,    call me anna twice daily",       // local part of exactly four
            "ann@example.org,     our gatehouse is tall",          // the service name
            "ann@example.org,     GATEHOUSE-GATEHOUSE",
            "ann@example.org,     ann@example.org",                // equal to the address
    })
    void refusesPasswordsContainingTheAddressLocalPartOrServiceName(String email, String password) {
        assertThat(kindsOf(password, EmailAddress.of(email))).contains(CONTEXT_SPECIFIC);
    }

    @ParameterizedTest
    @CsvSource({
            "ann@example.org, annihilate the anniversary",  // local part of three letters
            "jo@example.org,  jojo-jojo-jojo-jojo",
            "ann@example.org, example.org is my favourite", // the domain alone is no context word
            "ann@example.org, the gate house on the hill",  // service name split up
    })
    void acceptsPasswordsContainingOnlyShortOrPartialContextWords(String email, String password) {
        assertThat(kindsOf(password, EmailAddress.of(email))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"jo@example.org, jo", "jo@example.org, JO", "ann@example.org, Ann"})
    void refusesShortLocalPartOnlyWhenItIsThePasswordItself(String email, String password) {
        assertThat(kindsOf(password, EmailAddress.of(email))).contains(CONTEXT_SPECIFIC);
    }

    @ParameterizedTest
    @CsvSource({"Gatehouse, my-gatehouse-password", "GATEHOUSE, My-GateHouse-Password"})
    void serviceNameIsComparedWithoutCaseHoweverItWasConfigured(String serviceName, String password) {
        PasswordPolicy policy = new PasswordPolicy(12, CommonPasswords.of(List.of()), serviceName);

        assertThat(policy.violations(new ClearTextPassword(password), EmailAddress.of("ann@example.org")))
                .extracting(PasswordViolation::kind)
                .containsExactly(CONTEXT_SPECIFIC);
    }
}
