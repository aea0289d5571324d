package dev.gatehouse.application.port.out;

import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.user.PasswordHash;

/** Slow, salted, memory-hard hashing of passwords, and the checking of stored hashes. */
public interface PasswordHasher {

    PasswordHash hash(ClearTextPassword password);

    PasswordCheck verify(ClearTextPassword password, PasswordHash hash);

    enum PasswordCheck {
        MISMATCH,
        MATCH,
        /** Correct, but stored with an older algorithm or weaker parameters: hash it again now. */
        MATCH_NEEDS_REHASH;

        public boolean matches() {
            return this != MISMATCH;
        }
    }
}
