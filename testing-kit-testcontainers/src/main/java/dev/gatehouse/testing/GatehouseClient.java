package dev.gatehouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The helper a test gets from {@link GatehouseExtension} or {@link GatehouseContainer}: it speaks
 * Gatehouse's public JSON API over HTTP, reads the mail Gatehouse sent, and promotes accounts to
 * administrators with the {@code create-admin} command. It holds no session of its own: a sign-in
 * answers a bearer token ({@link #signIn}) or a {@link GatehouseSession} that sends requests with it
 * ({@link #signInSession}).
 */
public final class GatehouseClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAIL_WAIT = Duration.ofSeconds(15);
    private static final Duration MAIL_POLL = Duration.ofMillis(50);
    private static final Set<String> KNOWN_ROLES = Set.of("user", "admin");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI baseUrl;
    private final Mailbox mailbox;
    private final AdminPromotion adminPromotion;
    private final DataReset dataReset;
    /** Per address, how many mails there are once those asked for through this client have arrived. */
    private final Map<String, Integer> mailsExpected = new ConcurrentHashMap<>();
    private final Map<String, Integer> codesExpected = new ConcurrentHashMap<>();
    /** Per authenticator secret, the last time step whose code this client sent: Gatehouse takes each once. */
    private final Map<String, Long> lastSteps = new java.util.HashMap<>();

    GatehouseClient(URI baseUrl, Mailbox mailbox, AdminPromotion adminPromotion, DataReset dataReset) {
        this.baseUrl = baseUrl;
        this.mailbox = mailbox;
        this.adminPromotion = adminPromotion;
        this.dataReset = dataReset;
    }

    /** Where the API and the pages answer, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Registers a password account and proves its address in one call, as the registrant would: where
     * Gatehouse requires proven addresses (the default) it answers 202 with a registration token and
     * mails a code; this enters the code with the token ({@code POST /api/login-codes/verify}), which
     * keeps the password, and signs that session out again. Afterwards the account signs in by
     * password. Where proven addresses are not required ({@code registration.requireVerifiedEmail:
     * false}) the account is open at once and its address stays unproven.
     */
    public GatehouseUser registerVerified(String email, String password) {
        expectMailTo(email);
        HttpResponse<String> registered = send(postRequest("/api/users", Map.of("email", email, "password", password)),
                "POST /api/users");
        if (registered.statusCode() == 201) {
            mailsExpected.merge(key(email), -1, Integer::sum);
            codesExpected.merge(key(email), -1, Integer::sum);
            return user(read(registered.body()));
        }
        if (registered.statusCode() != 202) {
            throw new GatehouseRequestException("POST /api/users", registered.statusCode(), registered.body());
        }
        String registration = read(registered.body()).get("registration").asText();
        JsonNode signedIn = post("/api/login-codes/verify", Map.of("email", email, "code", lastCodeTo(email),
                "registration", registration, "rememberMe", false, "timezone", "UTC"), 201);
        HttpResponse<String> signedOut = send(HttpRequest.newBuilder(baseUrl.resolve("/api/session")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + signedIn.get("token").asText()).DELETE().build(), "DELETE /api/session");
        if (signedOut.statusCode() != 204) {
            throw new GatehouseRequestException("DELETE /api/session", signedOut.statusCode(), signedOut.body());
        }
        return user(signedIn.get("user"));
    }

    /**
     * Registers a password account ({@code POST /api/users}) where Gatehouse lets unproven addresses
     * sign in ({@code registration.requireVerifiedEmail: false}, answered 201). With the default the
     * answer is 202 and this throws {@link GatehouseRequestException}: use {@link #registerVerified}.
     */
    public GatehouseUser registerUser(String email, String password) {
        JsonNode user = post("/api/users", Map.of("email", email, "password", password), 201);
        return user(user);
    }

    /** Signs in with a password ({@code POST /api/sessions}) and answers the session's bearer token. */
    public String signIn(String email, String password) {
        return post("/api/sessions", Map.of("email", email, "password", password, "rememberMe", false), 201)
                .get("token").asText();
    }

    /**
     * Signs in with a password ({@code POST /api/sessions}) and answers the session: requests as it,
     * its cookie for a browser, its sign-out.
     */
    public GatehouseSession signInSession(String email, String password) {
        HttpResponse<String> answer = send(postRequest("/api/sessions",
                Map.of("email", email, "password", password, "rememberMe", false)), "POST /api/sessions");
        if (answer.statusCode() != 201) {
            throw new GatehouseRequestException("POST /api/sessions", answer.statusCode(), answer.body());
        }
        JsonNode signedIn = read(answer.body());
        return new GatehouseSession(this, user(signedIn.get("user")), signedIn.get("token").asText(),
                sessionCookie(answer).orElse(null));
    }

    /** A session for a token the test got otherwise (a code sign-in, say); it has no cookie. */
    public GatehouseSession session(String token) {
        JsonNode current = exchange("GET", "/api/session", null, token).json();
        return new GatehouseSession(this, current.has("user") ? user(current.get("user")) : null, token, null);
    }

    /**
     * An account ready to sign in by password, with {@code roles} ({@code "user"} every account has;
     * {@code "admin"} makes it an administrator as {@code create-admin} does). It works where proven
     * addresses are required (the default): the address is proven with the mailed code
     * ({@link #registerVerified}). The address must be new.
     */
    public GatehouseUser seedUser(String email, String password, String... roles) {
        Set<String> wanted = new HashSet<>(List.of(roles));
        wanted.add("user");
        if (!KNOWN_ROLES.containsAll(wanted)) {
            wanted.removeAll(KNOWN_ROLES);
            throw new IllegalArgumentException("no such role " + wanted + "; Gatehouse's roles are " + KNOWN_ROLES);
        }
        GatehouseUser user = registerVerified(email, password);
        if (wanted.contains("admin")) {
            promoteToAdmin(email);
            return new GatehouseUser(user.id(), user.email(), wanted, true);
        }
        return user;
    }

    /**
     * Empties Gatehouse of every account, session, code, throttle count and audit event, and forgets
     * the mail received so far, keeping it running: for one Gatehouse shared by the test classes of a
     * run, called between classes ({@code GatehouseExtension.shared()} does it for you).
     */
    public void reset() {
        dataReset.reset();
        mailbox.clear();
        mailsExpected.clear();
        codesExpected.clear();
    }

    /**
     * Asks for a sign-in code ({@code POST /api/login-codes}); read it with {@code lastCodeTo(email)}. An unknown address gets a pending account when self-signup is on.
     */
    public void requestSignInCode(String email) {
        expectMailTo(email);
        post("/api/login-codes", Map.of("email", email), 202);
    }

    /** Trades a mailed code for a session ({@code POST /api/login-codes/verify}) and answers its bearer token. */
    public String signInWithCode(String email, String code) {
        return post("/api/login-codes/verify",
                Map.of("email", email, "code", code, "rememberMe", false, "timezone", "UTC"), 201)
                .get("token").asText();
    }

    /**
     * Sets up an authenticator app for the signed-in account of {@code token} and confirms it with
     * its first code ({@code POST /api/users/me/totp}, then {@code /confirm}): from now on the
     * account signs in with a second factor ({@link #signInWithTotp}). Call it soon after signing in
     * (it needs a recent authentication).
     */
    public TotpSeed enrolTotp(String token) {
        JsonNode pending = authorised("/api/users/me/totp", token, Map.of(), 201);
        String secret = pending.get("secret").asText();
        JsonNode confirmed = authorised("/api/users/me/totp/confirm", token, Map.of("code", nextCode(secret)), 200);
        List<String> codes = new java.util.ArrayList<>();
        confirmed.get("recoveryCodes").forEach(code -> codes.add(code.asText()));
        return new TotpSeed(secret, codes);
    }

    /**
     * Signs in with a password and the second factor ({@code POST /api/sessions}, then
     * {@code POST /api/sessions/second-factor} with the app's code) and answers the bearer token.
     */
    public String signInWithTotp(String email, String password, String secret) {
        JsonNode challenge = post("/api/sessions", Map.of("email", email, "password", password, "rememberMe", false), 202);
        return post("/api/sessions/second-factor", Map.of("challenge", challenge.get("challenge").asText(),
                "code", nextCode(secret)), 201).get("token").asText();
    }

    /**
     * A code of the app Gatehouse has not accepted from this client yet: the current step's, or the
     * next one's (still accepted) when the current one was used; waits for a later step otherwise.
     */
    public String nextCode(String secret) {
        synchronized (lastSteps) {
            long current = Totp.stepAt(java.time.Instant.now());
            long used = lastSteps.getOrDefault(secret, Long.MIN_VALUE);
            long step = Math.max(current, used + 1);
            while (step > Totp.stepAt(java.time.Instant.now()) + 1) {
                pause();
            }
            lastSteps.put(secret, step);
            return Totp.codeAtStep(secret, step);
        }
    }

    private JsonNode authorised(String path, String token, Object body, int expectedStatus) {
        String request = "POST " + path;
        HttpResponse<String> response = send(HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(write(body)))
                .build(), request);
        if (response.statusCode() != expectedStatus) {
            throw new GatehouseRequestException(request, response.statusCode(), response.body());
        }
        return read(response.body());
    }

    /**
     * Makes the account an administrator as {@code create-admin} does: an unknown address becomes a
     * new active administrator without a password, an existing account gains the role and is opened.
     * A role change ends the account's sessions, so sign in again afterwards for an admin's token.
     */
    public void promoteToAdmin(String email) {
        adminPromotion.promote(email);
    }

    /**
     * The newest mail to {@code email}, waiting up to 15 seconds for it: for the first mail to the
     * address, and after a code request made through this client, for the mail that request sent.
     */
    public Mail lastMailTo(String email) {
        int expected = Math.max(1, mailsExpected.getOrDefault(key(email), 1));
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        List<Mail> mails = mailbox.mailsTo(email);
        while (mails.size() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no mail to " + email + " arrived within " + MAIL_WAIT.toSeconds()
                        + " s (" + mails.size() + " of " + expected + " expected)");
            }
            pause();
            mails = mailbox.mailsTo(email);
        }
        return mails.get(mails.size() - 1);
    }

    /**
     * The code of the newest mail to {@code email} that carries one, waiting up to 15 seconds for the
     * code of the last request made through this client. Notices (of a sign-in from a new browser, a
     * password change, ...) may arrive in between; they carry no code and are passed over.
     */
    public String lastCodeTo(String email) {
        int expected = Math.max(1, codesExpected.getOrDefault(key(email), 1));
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        List<Mail> codes = codeMailsTo(email);
        while (codes.size() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no code mailed to " + email + " arrived within " + MAIL_WAIT.toSeconds()
                        + " s (" + codes.size() + " of " + expected + " expected)");
            }
            pause();
            codes = codeMailsTo(email);
        }
        return codes.get(codes.size() - 1).code();
    }

    private List<Mail> codeMailsTo(String email) {
        return mailbox.mailsTo(email).stream().filter(Mail::hasCode).toList();
    }

    /** Every mail to {@code email} received so far, oldest first, without waiting. */
    public List<Mail> mailsTo(String email) {
        return mailbox.mailsTo(email);
    }

    private void expectMailTo(String email) {
        int arrived = mailbox.mailsTo(email).size();
        mailsExpected.merge(key(email), arrived + 1, (before, now) -> Math.max(before + 1, now));
        int codes = codeMailsTo(email).size();
        codesExpected.merge(key(email), codes + 1, (before, now) -> Math.max(before + 1, now));
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A request with a bearer token and an optional JSON body, answered whatever its status. */
    GatehouseResponse exchange(String method, String path, Object body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : write(body)));
        }
        HttpResponse<String> response = send(request.build(), method + " " + path);
        return new GatehouseResponse(response.statusCode(), response.headers().map(), response.body());
    }

    private static Optional<SessionCookie> sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0].strip())
                .filter(pair -> pair.contains("=") && pair.substring(0, pair.indexOf('=')).endsWith("gh_session"))
                .findFirst()
                .map(pair -> {
                    String name = pair.substring(0, pair.indexOf('='));
                    return new SessionCookie(name, pair.substring(pair.indexOf('=') + 1),
                            name.startsWith("__Host-") || name.startsWith("__Secure-"));
                });
    }

    private HttpRequest postRequest(String path, Object body) {
        return HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)))
                .build();
    }

    private JsonNode post(String path, Object body, int expectedStatus) {
        String request = "POST " + path;
        HttpResponse<String> response = send(postRequest(path, body), request);
        if (response.statusCode() != expectedStatus) {
            throw new GatehouseRequestException(request, response.statusCode(), response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : read(response.body());
    }

    private HttpResponse<String> send(HttpRequest request, String description) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(description + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(description + " was interrupted", e);
        }
    }

    private static GatehouseUser user(JsonNode json) {
        Set<String> roles = new HashSet<>();
        json.get("roles").forEach(role -> roles.add(role.asText()));
        return new GatehouseUser(json.get("id").asText(), json.get("email").asText(), roles,
                json.path("active").asBoolean(true));
    }

    private static void pause() {
        try {
            Thread.sleep(MAIL_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for mail", e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
