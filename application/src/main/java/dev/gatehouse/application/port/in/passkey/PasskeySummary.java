package dev.gatehouse.application.port.in.passkey;

import dev.gatehouse.domain.passkey.Passkey;
import dev.gatehouse.domain.passkey.PasskeyId;
import dev.gatehouse.domain.passkey.PasskeyName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A passkey as its owner sees it in their list: no key material. */
public record PasskeySummary(PasskeyId id, PasskeyName name, Instant createdAt, Optional<Instant> lastUsedAt) {

    public PasskeySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }

    public static PasskeySummary of(Passkey passkey) {
        return new PasskeySummary(passkey.id(), passkey.name(), passkey.createdAt(), passkey.lastUsedAt());
    }
}
