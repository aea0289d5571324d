package dev.gatehouse.web.api;

import dev.gatehouse.application.port.in.passkey.PasskeySummary;

/** A passkey in its owner's list; {@code lastUsedAt} is null until it first signs in. */
public record PasskeyJson(String id, String name, String createdAt, String lastUsedAt) {

    static PasskeyJson of(PasskeySummary passkey) {
        return new PasskeyJson(passkey.id().toString(), passkey.name().value(), ApiMapper.time(passkey.createdAt()),
                passkey.lastUsedAt().map(ApiMapper::time).orElse(null));
    }
}
