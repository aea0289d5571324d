package dev.gatehouse.application.testing;

import dev.gatehouse.application.port.out.Passkeys;
import dev.gatehouse.domain.passkey.CredentialId;
import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyId;
import dev.gatehouse.domain.passkey.SignatureCounter;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link Passkeys} in a list, safe to share between threads. */
public final class InMemoryPasskeys implements Passkeys {

    private final List<Passkey> passkeys = new ArrayList<>();

    @Override
    public synchronized boolean add(Passkey passkey) {
        if (passkeys.stream().anyMatch(stored -> stored.credentialId().equals(passkey.credentialId()))) {
            return false;
        }
        passkeys.add(passkey);
        return true;
    }

    @Override
    public synchronized List<Passkey> ofUser(UserId user) {
        return passkeys.stream().filter(passkey -> passkey.user().equals(user))
                .sorted(Comparator.comparing(Passkey::createdAt)).toList();
    }

    @Override
    public synchronized Optional<Passkey> findByCredentialId(CredentialId credentialId) {
        return passkeys.stream().filter(passkey -> passkey.credentialId().equals(credentialId)).findFirst();
    }

    @Override
    public synchronized boolean remove(UserId user, PasskeyId passkey) {
        return passkeys.removeIf(stored -> stored.id().equals(passkey) && stored.user().equals(user));
    }

    @Override
    public synchronized boolean recordUse(PasskeyId passkey, long presented, Instant at) {
        for (int i = 0; i < passkeys.size(); i++) {
            Passkey stored = passkeys.get(i);
            if (stored.id().equals(passkey) && SignatureCounter.accepts(stored.signCount(), presented)) {
                passkeys.set(i, new Passkey(stored.id(), stored.user(), stored.credentialId(), stored.publicKeyCose(),
                        presented, stored.userHandle(), stored.name(), stored.createdAt(), Optional.of(at)));
                return true;
            }
        }
        return false;
    }
}
