package dev.gatehouse.domain.passkey;

/**
 * The signature counter rule (WebAuthn, "signCount"): an authenticator that counts must present a
 * larger count each time, so a count that stands still or goes back betrays a cloned authenticator
 * or a replayed answer. Authenticators that do not count (most synced passkeys) always present 0;
 * 0 after 0 is accepted, 0 after a count is not.
 */
public final class SignatureCounter {

    private SignatureCounter() {
    }

    public static boolean accepts(long stored, long presented) {
        if (stored < 0 || presented < 0) {
            throw new IllegalArgumentException("a signature counter is never negative");
        }
        return presented > stored || (presented == 0 && stored == 0);
    }
}
