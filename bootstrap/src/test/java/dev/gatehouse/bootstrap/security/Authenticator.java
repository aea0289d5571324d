package dev.gatehouse.bootstrap.security;

import dev.gatehouse.crypto.HmacTotpCodes;
import dev.gatehouse.domain.mfa.Base32;
import dev.gatehouse.domain.mfa.TotpRules;
import dev.gatehouse.domain.mfa.TotpSecret;
import java.time.Instant;

/**
 * An authenticator app in a test: the codes of one secret as Gatehouse handed it out. Gatehouse takes
 * a step's code once per account and accepts the next step's too, so {@link #next()} hands out the
 * current step's code, or the next step's when the current one was used.
 */
final class Authenticator {

    private final TotpSecret secret;
    private long lastStep = Long.MIN_VALUE;

    Authenticator(String base32Secret) {
        this.secret = TotpSecret.of(Base32.decode(base32Secret).orElseThrow());
    }

    String codeAt(long step) {
        return new HmacTotpCodes().codeAt(secret, step);
    }

    static long currentStep() {
        return TotpRules.stepAt(Instant.now());
    }

    /** A code not handed out before, waiting for a later step if two were used already. */
    synchronized String next() {
        long step = Math.max(currentStep(), lastStep + 1);
        while (step > currentStep() + 1) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        lastStep = step;
        return codeAt(step);
    }

    /** The code {@link #next()} would hand out, without using it up: for attempts the server never judges. */
    synchronized String peek() {
        return codeAt(Math.max(currentStep(), lastStep + 1));
    }

    /** The code last handed out, for replaying it. */
    synchronized String last() {
        return codeAt(lastStep);
    }

    /** A six-digit code that is none of the accepted window's. */
    String wrong() {
        long step = currentStep();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(codeAt(step - 1)) && !code.equals(codeAt(step)) && !code.equals(codeAt(step + 1))
                    && !code.equals(codeAt(step + 2))) {
                return code;
            }
        }
    }
}
