package dev.gatehouse.application.port.in.account;

import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import java.util.Objects;

/**
 * What a signed-in person gives to show they are the account's owner and not someone holding their
 * session: the password, or for an account without one, a sign-in code just mailed to its address.
 */
public sealed interface AccountProof {

    record Password(ClearTextPassword password) implements AccountProof {
        public Password {
            Objects.requireNonNull(password, "password");
        }
    }

    record Code(OneTimeCode code) implements AccountProof {
        public Code {
            Objects.requireNonNull(code, "code");
        }
    }
}
