package dev.gatehouse.web.api;

import java.util.List;

/** Shown once: the ten single-use recovery codes of a confirmed authenticator app. */
public record RecoveryCodesJson(List<String> recoveryCodes) {
}
