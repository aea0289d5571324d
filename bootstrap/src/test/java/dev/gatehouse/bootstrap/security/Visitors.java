package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the black-box suite does as a visitor would, over HTTP only: register, sign in, read a
 * form's CSRF token. Every account is new, so tests never share state through the database.
 */
final class Visitors {

    static final String PASSWORD = "correct horse battery staple";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf_token\" value=\"([^\"]+)\"");

    private final FullAppExtension app;
    private final TestHttpClient http;

    Visitors(FullAppExtension app) {
        this.app = app;
        this.http = app.api();
    }

    /** A signed-in account: its id, address, bearer token, cookie pair and CSRF token. */
    record Account(String id, String email, String token, String cookiePair, String csrfToken) {
    }

    /**
     * A client address of its own (in 10.0.0.0/8), for a test whose app trusts the loopback as a
     * proxy: sent as {@code X-Forwarded-For}, it keeps the test's per-client counts its own.
     */
    static String newClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    String registered(String label) {
        String email = uniqueEmail(label);
        http.registeredAndProven(email, PASSWORD);
        return email;
    }

    Account signedIn(String email) {
        return signedIn(http.logIn(email, PASSWORD, false), email);
    }

    Account newAccount(String label) {
        return signedIn(registered(label));
    }

    /** A new account, made administrator as an operator would ({@code create-admin}), then signed in. */
    Account admin() {
        String email = registered("admin");
        app.promoteToAdmin(email);
        return signedIn(email);
    }

    static Account signedIn(Reply reply, String email) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        Map<String, Object> body = reply.json();
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) body.get("user");
        return new Account((String) user.get("id"), email, (String) body.get("token"), reply.cookiePair(),
                (String) body.get("csrfToken"));
    }

    /** A page's form token, and the pre-session cookie it is derived from (for the sign-in forms). */
    record Form(String cookiePair, String csrfToken) {
    }

    Form form(String path) {
        Reply page = http.get(path);
        assertThat(page.status()).isEqualTo(200);
        Matcher matcher = CSRF_FIELD.matcher(page.body());
        assertThat(matcher.find()).as("csrf_token field on " + path).isTrue();
        return new Form(page.setCookiePair("__Host-gh_presession"), matcher.group(1));
    }

    Reply postForm(String path, String cookiePair, String fields) {
        return http.send("POST", path, "application/x-www-form-urlencoded", fields, "Cookie", cookiePair);
    }
}
