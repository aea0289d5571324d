package dev.gatehouse.application.port.in.mfa;

import java.util.Objects;

/** A pending authenticator app: its secret in base32, and the same as an otpauth URI for a QR code. */
public record TotpEnrolment(String secret, String otpauthUri) {

    public TotpEnrolment {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(otpauthUri, "otpauthUri");
    }

    @Override
    public String toString() {
        return "TotpEnrolment[redacted]";
    }
}
