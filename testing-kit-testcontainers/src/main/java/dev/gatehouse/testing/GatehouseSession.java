package dev.gatehouse.testing;

import java.util.Objects;

/**
 * A signed-in session, from {@link GatehouseClient#signInSession}: requests sent with its bearer
 * token (no CSRF token needed), its cookie for a browser the test drives, and its end.
 */
public final class GatehouseSession {

    private final GatehouseClient client;
    private final GatehouseUser user;
    private final String token;
    private final SessionCookie cookie;

    GatehouseSession(GatehouseClient client, GatehouseUser user, String token, SessionCookie cookie) {
        this.client = client;
        this.user = user;
        this.token = Objects.requireNonNull(token, "token");
        this.cookie = cookie;
    }

    /** The signed-in account, as at sign-in. */
    public GatehouseUser user() {
        return user;
    }

    /** The bearer token, for a request of the test's own ({@code Authorization: Bearer <token>}). */
    public String token() {
        return token;
    }

    /** {@code GET path} as this session, whatever the answer. */
    public GatehouseResponse get(String path) {
        return client.exchange("GET", path, null, token);
    }

    /** {@code POST path} with {@code body} as JSON (a {@code Map}, a record, or a JSON string), as this session. */
    public GatehouseResponse post(String path, Object body) {
        return client.exchange("POST", path, body, token);
    }

    /** {@code PUT path} with {@code body} as JSON, as this session. */
    public GatehouseResponse put(String path, Object body) {
        return client.exchange("PUT", path, body, token);
    }

    /** {@code DELETE path} as this session. */
    public GatehouseResponse delete(String path) {
        return client.exchange("DELETE", path, null, token);
    }

    /** Whether Gatehouse still knows the session ({@code GET /api/session} answers 200). */
    public boolean active() {
        return get("/api/session").status() == 200;
    }

    /** Signs out ({@code DELETE /api/session}): the token and the cookie stop working at once. */
    public void signOut() {
        GatehouseResponse answer = delete("/api/session");
        if (answer.status() != 204) {
            throw new GatehouseRequestException("DELETE /api/session", answer.status(), answer.body());
        }
    }

    /**
     * The session's cookie, for a browser the test drives. With Selenium, on a page of Gatehouse's
     * host: {@code driver.manage().addCookie(new Cookie.Builder(c.name(), c.value()).path("/")
     * .isSecure(c.secure()).isHttpOnly(true).build())}.
     */
    public SessionCookie cookie() {
        if (cookie == null) {
            throw new IllegalStateException("Gatehouse set no session cookie at this sign-in");
        }
        return cookie;
    }
}
