package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInRefusalTest {

    private static final UserId ID = new UserId(UUID.fromString("3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b2c"));
    private static final EmailAddress EMAIL = EmailAddress.of("ann@example.org");
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
    private static final Instant NOW = Instant.parse("2025-03-04T09:15:30Z");

    private static User account(AccountStatus status, boolean withPassword) {
        return User.rebuild(ID, EMAIL, Set.of(Role.USER), status, NOW, null, null, withPassword ? HASH : null, status != AccountStatus.PENDING, false, null);
    }

    private static Optional<SignInRefusal> refusal(String expected) {
        return expected.equals("none") ? Optional.empty() : Optional.of(SignInRefusal.valueOf(expected));
    }

    @ParameterizedTest(name = "{0}, password {1}, by {2}: {3}")
    @CsvSource({
            "ACTIVE,   true,  PASSWORD, none",
            "ACTIVE,   false, PASSWORD, NO_PASSWORD",
            "PENDING,  true,  PASSWORD, PENDING",
            "PENDING,  false, PASSWORD, NO_PASSWORD",
            "DISABLED, true,  PASSWORD, DISABLED",
            "DISABLED, false, PASSWORD, NO_PASSWORD",
            "ACTIVE,   true,  CODE,     none",
            "ACTIVE,   false, CODE,     none",
            "PENDING,  false, CODE,     none",
            "DISABLED, true,  CODE,     DISABLED",
            "DISABLED, false, CODE,     DISABLED",
    })
    void answersWhetherAndWhyAnAccountMayNotSignInByAMethod(AccountStatus status, boolean withPassword,
                                                            SignInMethod method, String expected) {
        assertThat(account(status, withPassword).signInRefusal(method)).isEqualTo(refusal(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"ACTIVE, none", "PENDING, PENDING", "DISABLED, DISABLED"})
    void onlyAnActiveAccountMayActAsSignedIn(AccountStatus status, String expected) {
        assertThat(account(status, true).signInRefusal()).isEqualTo(refusal(expected));
        assertThat(account(status, false).signInRefusal()).isEqualTo(refusal(expected));
    }
}
