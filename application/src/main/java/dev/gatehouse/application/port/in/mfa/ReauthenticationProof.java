package dev.gatehouse.application.port.in.mfa;

import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.password.ClearTextPassword;
import java.util.Objects;

/** What a signed-in person gives to prove themselves again: the password, or a code of their authenticator app. */
public sealed interface ReauthenticationProof {

    record Password(ClearTextPassword password) implements ReauthenticationProof {
        public Password {
            Objects.requireNonNull(password, "password");
        }
    }

    record Totp(OneTimeCode code) implements ReauthenticationProof {
        public Totp {
            Objects.requireNonNull(code, "code");
        }
    }
}
