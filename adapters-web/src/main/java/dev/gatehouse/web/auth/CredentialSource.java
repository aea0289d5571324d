package dev.gatehouse.web.auth;

/** Where a request's session token came from; only cookies ride along on cross-site requests. */
public enum CredentialSource {
    COOKIE,
    BEARER
}
