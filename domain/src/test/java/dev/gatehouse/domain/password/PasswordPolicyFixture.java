package dev.gatehouse.domain.password;

import dev.gatehouse.domain.user.EmailAddress;
import java.util.List;

/** The policy the password tests share: twelve code points minimum, a short common list, our name. */
final class PasswordPolicyFixture {

    static final int MIN_LENGTH = 12;
    static final CommonPasswords COMMON = CommonPasswords.of(List.of(
            "password1234", "qwertyuiopasdfghjkl", "iloveyou1234", "Gatehouse1", "ILoveGatehouse!"));
    static final PasswordPolicy POLICY = new PasswordPolicy(MIN_LENGTH, COMMON, "Gatehouse");
    /** A local part of three letters: too short to refuse as part of a password. */
    static final EmailAddress ANN = EmailAddress.of("ann@example.org");

    private PasswordPolicyFixture() {
    }

    static List<PasswordViolation.Kind> kindsOf(String password, EmailAddress owner) {
        return POLICY.violations(new ClearTextPassword(password), owner).stream().map(PasswordViolation::kind).toList();
    }
}
