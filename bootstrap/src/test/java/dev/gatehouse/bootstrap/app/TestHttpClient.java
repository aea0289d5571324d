package dev.gatehouse.bootstrap.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Speaks the JSON API of a running app as an integrator would, over the JDK's HTTP client: every
 * body is read whole, so no test can starve another of connections. Every {@code /api} response is
 * checked against the OpenAPI document ({@link OpenApiContract}) as it arrives, so each full-app
 * test also keeps the document honest.
 */
public final class TestHttpClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String baseUrl;
    private final Set<String> documentedResponses = ConcurrentHashMap.newKeySet();
    private final boolean checked;
    private volatile AddressProver prover = AddressProver.NONE;

    /**
     * How this client's registrations prove their address once the app answered 202 (it requires
     * proven addresses): the code from the app's mail, as the registrant would, or, for an app that
     * mails nowhere a test can read, straight in the test database.
     */
    @FunctionalInterface
    public interface AddressProver {

        /** The subject of a registration's confirmation, the mail whose code proves the address. */
        String CONFIRMATION = "Confirm your address";

        AddressProver NONE = (http, email, registration) -> {
            throw new AssertionError("this client cannot prove " + email + ": give it provingAddresses(...)");
        };

        void prove(TestHttpClient http, String email, String registration);

        /** How many confirmation codes the address has been mailed so far; none where no mail is read. */
        default int confirmationsSoFar(String email) {
            return 0;
        }

        /** Proves the registration made after {@code before} confirmations: the next one's code, not an older one. */
        default void proveNext(TestHttpClient http, String email, String registration, int before) {
            prove(http, email, registration);
        }

        /** Enters the mailed code with the registration token, as the registrant would, then signs that session out. */
        static AddressProver byMailedCode(TestSmtp smtp) {
            return new AddressProver() {
                @Override
                public int confirmationsSoFar(String email) {
                    return smtp.mailCount(email, CONFIRMATION);
                }

                @Override
                public void prove(TestHttpClient http, String email, String registration) {
                    smtp.awaitMailTo(email, CONFIRMATION, 1);
                    enter(http, email, registration, smtp.mailedCode(email, CONFIRMATION, smtp.mailCount(email, CONFIRMATION)));
                }

                @Override
                public void proveNext(TestHttpClient http, String email, String registration, int before) {
                    enter(http, email, registration, smtp.mailedCode(email, CONFIRMATION, before + 1));
                }
            };
        }

        private static void enter(TestHttpClient http, String email, String registration, String code) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("email", email, "code", code));
            if (registration != null) {
                body.put("registration", registration);
            }
            Reply verified = http.postJson("/api/login-codes/verify", body);
            if (verified.status() != 201) {
                throw new AssertionError("proving " + email + " failed: " + verified.body());
            }
            http.rememberDevice(email, verified);
            http.delete("/api/session", bearer((String) verified.json().get("token")));
        }

        /** For an app without readable mail: see {@link TestApps#markAddressProvenWithoutMail}. */
        static AddressProver inDatabase(dev.gatehouse.persistence.testing.TestDatabase database) {
            return (http, email, registration) -> TestApps.markAddressProvenWithoutMail(database, email);
        }

        /** As {@link #inDatabase(dev.gatehouse.persistence.testing.TestDatabase)}, for a database of the test's own. */
        static AddressProver inDatabase(org.jdbi.v3.core.Jdbi jdbi) {
            return (http, email, registration) -> TestApps.markAddressProvenWithoutMail(jdbi, email);
        }
    }

    /** The device cookie each address's proof left, by address: the registrant's browser. */
    private final Map<String, String> devices = new java.util.concurrent.ConcurrentHashMap<>();

    private void rememberDevice(String email, Reply signedIn) {
        String setCookie = signedIn.setCookie(DEVICE_COOKIE);
        if (setCookie != null) {
            devices.put(email, setCookie.substring(0, setCookie.indexOf(';')));
        }
    }

    private static final String DEVICE_COOKIE = "__Host-gh_device";

    public TestHttpClient(int port) {
        this(port, true);
    }

    private TestHttpClient(int port, boolean checked) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.checked = checked;
    }

    /**
     * A client that does not hold answers to the OpenAPI document: for what the HTTP server itself
     * refuses before any operation is matched (an ambiguous path encoding, oversized headers).
     */
    public static TestHttpClient unchecked(int port) {
        return new TestHttpClient(port, false);
    }

    /** A response as the tests need it: status, headers and the whole body. */
    public record Reply(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public Map<String, Object> json() {
            return read(body, new TypeReference<>() { });
        }

        public List<Map<String, Object>> jsonArray() {
            return read(body, new TypeReference<>() { });
        }

        /** The {@code Set-Cookie} of the session cookie; a sign-in also sets the device cookie. */
        public String sessionSetCookie() {
            String secure = setCookie("__Host-gh_session");
            return secure != null ? secure : setCookie("gh_session");
        }

        /** The {@code Set-Cookie} value for the cookie {@code name}, or null. */
        public String setCookie(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase("Set-Cookie"))
                    .flatMap(entry -> entry.getValue().stream())
                    .filter(value -> value.startsWith(name + "="))
                    .findFirst().orElse(null);
        }

        /** The {@code name=value} pair of the cookie {@code name}, as a browser sends it back. */
        public String setCookiePair(String name) {
            String setCookie = setCookie(name);
            return setCookie.substring(0, setCookie.indexOf(';'));
        }

        /** The {@code name=value} pair of the session cookie, as a browser sends it back. */
        public String cookiePair() {
            String setCookie = sessionSetCookie();
            return setCookie.substring(0, setCookie.indexOf(';'));
        }
    }

    public Reply send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response.statusCode(), response.headers().map(), response.body());
            if (checked && path.startsWith("/api/")) {
                OpenApiContract.DOCUMENT.check(method, path, reply).ifPresent(documentedResponses::add);
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** This client, proving the addresses it registers with {@code addressProver}. */
    public TestHttpClient provingAddresses(AddressProver addressProver) {
        this.prover = addressProver;
        return this;
    }

    /** The documented responses ({@code "POST /api/sessions 201"}) this client has received. */
    public Set<String> documentedResponses() {
        return Set.copyOf(documentedResponses);
    }

    public Reply postJson(String path, Object body, String... headers) {
        return send("POST", path, "application/json", write(body), headers);
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Reply delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    public static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    public static String[] cookie(String pair) {
        return new String[] {"Cookie", pair};
    }

    public Reply register(String email, String password) {
        return postJson("/api/users", Map.of("email", email, "password", password));
    }

    public Reply logIn(String email, String password, boolean rememberMe) {
        return postJson("/api/sessions", Map.of("email", email, "password", password, "rememberMe", rememberMe));
    }

    /**
     * Registers, and where the app requires proven addresses (it answers 202) proves the address with
     * the registration token, so the password is kept: afterwards the account signs in by password.
     */
    public void registeredAndProven(String email, String password) {
        int before = prover.confirmationsSoFar(email);
        Reply registered = register(email, password);
        if (registered.status() == 202) {
            prover.proveNext(this, email, (String) registered.json().get("registration"), before);
        } else if (registered.status() != 201) {
            throw new AssertionError("registration failed: " + registered.body());
        }
    }

    /**
     * Registers (proving the address where the app requires it), signs in and answers the sign-in body.
     * The sign-in comes from the browser that proved the address (it shows that browser's device
     * cookie), as a person's would, so it is no news to the owner.
     */
    public Map<String, Object> registeredAndSignedIn(String email, String password) {
        registeredAndProven(email, password);
        String device = devices.get(email);
        Reply signedIn = device == null ? logIn(email, password, false)
                : postJson("/api/sessions", Map.of("email", email, "password", password, "rememberMe", false),
                        "Cookie", device);
        if (signedIn.status() != 201) {
            throw new AssertionError("sign-in failed: " + signedIn.body());
        }
        return signedIn.json();
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String body, TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
