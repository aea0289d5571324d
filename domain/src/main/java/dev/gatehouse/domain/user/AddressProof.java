package dev.gatehouse.domain.user;

import java.util.Objects;

/**
 * What proving an account's address did ({@link User#proveAddress}): the account afterwards, and
 * whether a password set while the address was unproven was taken away because the proof was not
 * bound to the registration that set it. Whoever set that password may be a stranger who typed
 * someone else's address; the address's owner has just shown up, and the stranger must not stay.
 */
public record AddressProof(User before, User after, boolean unprovenPasswordRemoved) {

    public AddressProof {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
