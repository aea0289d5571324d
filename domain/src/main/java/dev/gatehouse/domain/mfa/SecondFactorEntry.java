package dev.gatehouse.domain.mfa;

import dev.gatehouse.domain.code.OneTimeCode;
import java.util.Objects;
import java.util.Optional;

/** A second factor as typed: six digits are an authenticator app's code, ten base32 characters a recovery code. */
public sealed interface SecondFactorEntry {

    String ENTRY_RULE = "Enter the six-digit code of your authenticator app or one of your recovery codes";

    record Totp(OneTimeCode code) implements SecondFactorEntry {
        public Totp {
            Objects.requireNonNull(code, "code");
        }
    }

    record Recovery(RecoveryCode code) implements SecondFactorEntry {
        public Recovery {
            Objects.requireNonNull(code, "code");
        }
    }

    static Optional<SecondFactorEntry> parse(String typed) {
        Optional<SecondFactorEntry> totp = OneTimeCode.parseEntered(typed).map(Totp::new);
        return totp.isPresent() ? totp : RecoveryCode.parseEntered(typed).map(Recovery::new);
    }
}
