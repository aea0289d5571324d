package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.mfa.TotpSecret;

/** RFC 6238's HOTP value of a time step: HMAC-SHA-1 of the step, truncated to six digits. */
public interface TotpCodes {

    String codeAt(TotpSecret secret, long step);
}
