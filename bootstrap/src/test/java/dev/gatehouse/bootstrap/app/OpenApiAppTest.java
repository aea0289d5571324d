package dev.gatehouse.bootstrap.app;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.crypto.testing.SoftwareAuthenticator;
import dev.gatehouse.web.page.access.PreSessionForm;
import dev.gatehouse.web.problem.ProblemType;
import dev.gatehouse.web.page.access.SignedInPage;
import io.dropwizard.testing.ConfigOverride;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenAPI document against the running app: it is served, it is a valid OpenAPI 3.1
 * description, it names exactly the resource methods Jersey serves under {@code /api}, and every
 * response it documents is produced here and conforms (each reply is checked as it arrives, by
 * {@link TestHttpClient}).
 */
class OpenApiAppTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final int ACCOUNT_FAILURE_CAP = 2;

    /** Documented answers that this build cannot yet be made to give, and why. */
    private static final Map<String, String> NOT_PRODUCIBLE = Map.of(
            "POST /api/users 201", "only with registration.requireVerifiedEmail: false (PasswordAccountsAppTest runs so, "
                    + "and its client checks every answer against this document too)",
            "POST /api/users 409", "only with registration.requireVerifiedEmail: false, as 201",
            "POST /api/users 429", "registrations are throttled per client, and this suite is one client with that "
                    + "throttle relaxed in test-app.yml (ThrottledRequestsTest covers it)",
            "POST /api/passkey-sessions 429", "failed passkey sign-ins are throttled per client, relaxed in test-app.yml "
                    + "as above (PasskeyThrottlingTest covers it)");

    /**
     * Every operation documents 503 (hashing pool saturated, or the database unreachable); producing
     * them takes a saturated pool (ConcurrencyLimitedPasswordHasherTest) or a stopped database
     * (DatabaseOutageAppTest, whose responses this checker also sees).
     */
    private static boolean producedElsewhere(String response) {
        return NOT_PRODUCIBLE.containsKey(response) || response.endsWith(" 503");
    }

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension(
            ConfigOverride.config("codes.maxAccountFailuresPerHour", String.valueOf(ACCOUNT_FAILURE_CAP))).withMail();

    private static TestHttpClient api;

    @BeforeAll
    static void start() {
        api = APP.api();
    }

    @Test
    void servesTheDocumentToAnyoneAsJson() throws Exception {
        Reply reply = api.get("/api/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(reply.body())).isEqualTo(OpenApiContract.DOCUMENT.document());
    }

    @Test
    void theDocumentLetsClientsTolerateNewFieldsAndNamesItsServersAndEveryProblemType() {
        JsonNode document = OpenApiContract.DOCUMENT.document();

        assertThat(OpenApiContract.DOCUMENT.text()).doesNotContain("additionalProperties");
        assertThat(document.get("servers").get(0).get("url").asText()).isEqualTo("/");
        List<String> listed = new ArrayList<>();
        document.get("x-problem-types").forEach(type -> {
            listed.add(type.get("type").asText());
            ProblemType known = Arrays.stream(ProblemType.values())
                    .filter(each -> each.uri().equals(type.get("type").asText())).findFirst().orElseThrow();
            assertThat(type.get("status").asInt()).isEqualTo(known.status());
            assertThat(type.get("title").asText()).isEqualTo(known.title());
        });
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
        assertThat(document.get("info").get("description").asText()).contains(listed);
    }

    @Test
    void theBrowsableReferenceLoadsSwaggerUiFromTheAppUnderThePagesPolicy() {
        Reply page = api.get("/api/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe");
        assertThat(page.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|style=")
                .contains("data-openapi-url=\"/api/openapi.json\"").contains("/static/api-docs.js");
        Matcher scripts = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body());
        List<String> assets = new ArrayList<>();
        while (scripts.find()) {
            assets.add(scripts.group(1));
        }
        assertThat(assets).anyMatch(asset -> asset.matches("/webjars/swagger-ui/[0-9.]+/swagger-ui-bundle\\.js"));
        for (String asset : assets.stream().filter(each -> !each.startsWith("/api/")).toList()) {
            Reply served = TestHttpClient.unchecked(APP.port()).get(asset);
            assertThat(served.status()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void theDocumentIsAValidOpenApi31Description() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(OpenApiContract.DOCUMENT.text(), null, options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("bearerAuth", "sessionCookie");
    }

    @Test
    void documentsExactlyTheResourceMethodsServedUnderApi() {
        Set<String> served = new TreeSet<>();
        var config = APP.environment().jersey().getResourceConfig();
        Stream.concat(config.getInstances().stream().map(Object::getClass), config.getClasses().stream())
                .filter(type -> type.isAnnotationPresent(Path.class))
                .filter(type -> type.getAnnotation(Path.class).value().startsWith("/api"))
                .forEach(type -> served.addAll(operations(type)));
        Set<String> documented = new TreeSet<>();
        OpenApiContract.DOCUMENT.document().get("paths").fields().forEachRemaining(path ->
                path.getValue().fieldNames().forEachRemaining(verb ->
                        documented.add(verb.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(served).as("resource methods under /api").isNotEmpty();
        assertThat(documented).isEqualTo(served);
    }

    /**
     * ASVS 6.3.4 for the pages, which no OpenAPI document lists: every form a browser can post without a
     * session is a pathway named in security.md's table, carries the login CSRF check like the others,
     * and every route that table names is served.
     */
    @Test
    void everyPageFormPostedWithoutASessionIsANamedPathwayWithLoginCsrf() throws IOException {
        var config = APP.environment().jersey().getResourceConfig();
        List<Class<?>> resources = new ArrayList<>();
        Stream.concat(config.getInstances().stream().map(Object::getClass), config.getClasses().stream())
                .filter(type -> type.isAnnotationPresent(Path.class)).forEach(resources::add);
        Set<String> served = new TreeSet<>();
        resources.forEach(type -> served.addAll(operations(type)));
        Set<String> anonymousPageForms = new TreeSet<>();
        Set<String> withoutLoginCsrf = new TreeSet<>();
        for (Class<?> page : resources) {
            if (page.getAnnotation(Path.class).value().startsWith("/api") || page.isAnnotationPresent(SignedInPage.class)) {
                continue;
            }
            for (Method method : page.getMethods()) {
                if (method.isAnnotationPresent(POST.class) && !method.isAnnotationPresent(SignedInPage.class)) {
                    Path sub = method.getAnnotation(Path.class);
                    String route = "POST " + normalised(page.getAnnotation(Path.class).value()
                            + (sub == null ? "" : "/" + sub.value()));
                    anonymousPageForms.add(route);
                    if (!method.isAnnotationPresent(PreSessionForm.class)) {
                        withoutLoginCsrf.add(route);
                    }
                }
            }
        }
        Set<String> named = pathwaysNamedInSecurityMd();

        assertThat(anonymousPageForms).contains("POST /login", "POST /login/code/verify", "POST /password/reset");
        assertThat(named).as("security.md, Authentication pathways").containsAll(anonymousPageForms);
        assertThat(served).as("every named pathway is served").containsAll(named);
        assertThat(withoutLoginCsrf).as("anonymous page forms without the login CSRF check").isEmpty();
    }

    private static Set<String> pathwaysNamedInSecurityMd() throws IOException {
        String doc = Files.readString(java.nio.file.Path.of("../docs/security.md"));
        int start = doc.indexOf("### Authentication pathways");
        String section = doc.substring(start, doc.indexOf("\n### ", start + 1));
        Set<String> named = new TreeSet<>();
        Matcher route = Pattern.compile("`(POST|GET|PUT|DELETE) (/[^`\\s]*)`").matcher(section);
        while (route.find()) {
            named.add(route.group(1) + " " + route.group(2));
        }
        return named;
    }

    private static List<String> operations(Class<?> resource) {
        String root = resource.getAnnotation(Path.class).value();
        List<String> operations = new ArrayList<>();
        for (Method method : resource.getMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    operations.add(verb.value() + " " + normalised(root + (sub == null ? "" : "/" + sub.value())));
                }
            }
        }
        return operations;
    }

    /** {@code /api/x//{id: [0-9]+}/} as the document writes it: {@code /api/x/{id}}. */
    private static String normalised(String path) {
        String plain = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    @Test
    void everyDocumentedResponseIsProducedAndConforms() {
        secondFactors();
        accountAndSessions();
        codes();
        Account admin = administration();
        malformedBodies(admin);
        ownAccount();
        changeOfAddress();
        accountDeletion(admin);
        audit(admin);
        throttled();
        api.get("/api/openapi.json");
        api.get("/api/docs");
        fromAForeignOrigin();
        articles();
        forwardAuth();
        passkeys();

        Set<String> expected = new TreeSet<>(OpenApiContract.DOCUMENT.documentedResponses());
        expected.removeIf(OpenApiAppTest::producedElsewhere);
        assertThat(api.documentedResponses()).containsAll(expected);
    }

    private record Account(String id, String email, String token, String cookiePair, String csrfToken) {
    }

    private static void articles() {
        String token = (String) api.registeredAndSignedIn(uniqueEmail("reader"), PASSWORD).get("token");
        for (int article = 1; article <= 5; article++) {
            assertThat(api.get("/api/articles/" + article, bearer(token)).status()).isEqualTo(200);
        }
        assertThat(api.get("/api/articles/6", bearer(token)).status()).isEqualTo(402);
        assertThat(api.get("/api/articles/11", bearer(token)).status()).isEqualTo(404);
        assertThat(api.get("/api/articles/1").status()).isEqualTo(401);
    }

    /** The relying party follows the public base URL: the test mail server's {@link TestSmtp#BASE_URL}. */
    @SuppressWarnings("unchecked")
    private static void passkeys() {
        String rpId = java.net.URI.create(TestSmtp.BASE_URL).getHost();
        Account owner = registeredUser();
        String[] auth = bearer(owner.token());
        String[] cookieWithoutCsrf = cookie(owner.cookiePair());
        assertThat(api.postJson("/api/users/me/passkeys/options", Map.of()).status()).isEqualTo(401);
        assertThat(api.postJson("/api/users/me/passkeys/options", Map.of(), cookieWithoutCsrf).status()).isEqualTo(403);
        Reply options = api.postJson("/api/users/me/passkeys/options", Map.of(), auth);
        assertThat(options.status()).isEqualTo(200);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator().counter(1);
        String credential = authenticator.register((String) options.json().get("challenge"),
                (String) ((Map<String, Object>) options.json().get("user")).get("id"), rpId, TestSmtp.BASE_URL);
        String body = "{\"name\":\"Laptop\",\"credential\":" + credential + "}";
        assertThat(api.postJson("/api/users/me/passkeys", body).status()).isEqualTo(401);
        assertThat(api.postJson("/api/users/me/passkeys", body, cookieWithoutCsrf).status()).isEqualTo(403);
        assertThat(api.postJson("/api/users/me/passkeys", Map.of("name", "Laptop"), auth).status()).isEqualTo(422);
        Reply added = api.postJson("/api/users/me/passkeys", body, auth);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(api.postJson("/api/users/me/passkeys", body, auth).status()).as("its challenge is spent").isEqualTo(400);
        assertThat(api.get("/api/users/me/passkeys", auth).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me/passkeys").status()).isEqualTo(401);

        Reply signInOptions = api.postJson("/api/passkey-sessions/options", Map.of());
        assertThat(signInOptions.status()).isEqualTo(200);
        String assertion = authenticator.assertion((String) signInOptions.json().get("challenge"), rpId, TestSmtp.BASE_URL);
        assertThat(api.postJson("/api/passkey-sessions", "{\"credential\":" + assertion + "}").status()).isEqualTo(201);
        assertThat(api.postJson("/api/passkey-sessions", "{\"credential\":" + assertion + "}").status())
                .as("the same answer again").isEqualTo(401);
        assertThat(api.postJson("/api/passkey-sessions", Map.of()).status()).isEqualTo(422);

        String path = "/api/users/me/passkeys/" + added.json().get("id");
        assertThat(api.delete(path).status()).isEqualTo(401);
        assertThat(api.delete(path, cookieWithoutCsrf).status()).isEqualTo(403);
        assertThat(api.delete(path, auth).status()).isEqualTo(204);
        assertThat(api.delete(path, auth).status()).isEqualTo(404);
    }

    private static void forwardAuth() {
        Account user = registeredUser();
        assertThat(api.get("/api/forward-auth", cookie(user.cookiePair())).status()).isEqualTo(200);
        assertThat(api.get("/api/forward-auth?role=admin", bearer(user.token())).status()).isEqualTo(403);
        assertThat(api.get("/api/forward-auth", "Accept", "application/json").status()).isEqualTo(401);
        assertThat(api.get("/api/forward-auth", "Accept", "text/html").status()).isEqualTo(302);
    }

    /** Every operation refuses another site's request before anything runs (CorsFilter matches no resource first). */
    private static void fromAForeignOrigin() {
        OpenApiContract.DOCUMENT.document().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> {
                    String concrete = path.getKey().replace("{id}", UUID.randomUUID().toString());
                    Reply refused = api.send(method.toUpperCase(Locale.ROOT), concrete, null, null,
                            "Origin", "https://evil.example");
                    assertThat(refused.status()).as(method + " " + concrete).isEqualTo(403);
                }));
    }

    private static Account signedIn(String email, String password) {
        Reply reply = api.logIn(email, password, false);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) reply.json().get("user");
        return new Account((String) user.get("id"), email, (String) reply.json().get("token"), reply.cookiePair(),
                (String) reply.json().get("csrfToken"));
    }

    private static Account registeredUser() {
        String email = uniqueEmail("user");
        api.registeredAndProven(email, PASSWORD);
        return signedIn(email, PASSWORD);
    }

    private static void accountAndSessions() {
        String email = uniqueEmail("ann");
        Reply registered = api.register(email, PASSWORD);
        assertThat(registered.status()).isEqualTo(202);
        assertThat(api.logIn(email, PASSWORD, false).status()).as("a right password, the address not proven").isEqualTo(403);
        Reply proven = api.postJson("/api/login-codes/verify", Map.of("email", email,
                "code", APP.mail().mailedCode(email, 1), "registration", registered.json().get("registration")));
        assertThat(proven.status()).as(proven.body()).isEqualTo(201);
        api.delete("/api/session", bearer((String) proven.json().get("token")));
        assertThat(api.register(email, PASSWORD).status()).as("a taken address: the same answer").isEqualTo(202);
        assertThat(api.register("not an address", PASSWORD).status()).isEqualTo(422);
        assertThat(api.logIn(email, "not the password at all", false).status()).isEqualTo(401);
        assertThat(api.logIn("not an address", PASSWORD, false).status()).isEqualTo(422);
        Account ann = signedIn(email, PASSWORD);
        Account annElsewhere = signedIn(email, PASSWORD);

        assertThat(api.get("/api/users/me", bearer(ann.token())).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me").status()).isEqualTo(401);
        assertThat(api.get("/api/sessions", bearer(ann.token())).status()).isEqualTo(200);
        assertThat(api.get("/api/sessions").status()).isEqualTo(401);
        assertThat(api.get("/api/session", cookie(ann.cookiePair())).status()).isEqualTo(200);
        assertThat(api.get("/api/session").status()).isEqualTo(401);

        String other = "/api/sessions/" + sessionIdOf(annElsewhere);
        assertThat(api.delete(other, cookie(ann.cookiePair())).status()).isEqualTo(403);
        assertThat(api.delete(other).status()).isEqualTo(401);
        assertThat(api.delete("/api/sessions/" + UUID.randomUUID(), bearer(ann.token())).status()).isEqualTo(404);
        assertThat(api.delete(other, bearer(ann.token())).status()).isEqualTo(204);

        assertThat(api.delete("/api/session", cookie(ann.cookiePair())).status()).isEqualTo(403);
        assertThat(api.delete("/api/session", bearer(ann.token())).status()).isEqualTo(204);
        assertThat(api.delete("/api/session", bearer(ann.token())).status()).isEqualTo(401);
    }

    private static String sessionIdOf(Account account) {
        return (String) api.get("/api/sessions", bearer(account.token())).jsonArray().stream()
                .filter(session -> Boolean.TRUE.equals(session.get("current")))
                .findFirst().orElseThrow().get("id");
    }

    private static void codes() {
        String bob = uniqueEmail("bob");
        assertThat(api.postJson("/api/login-codes", Map.of("email", bob)).status()).isEqualTo(202);
        assertThat(api.postJson("/api/login-codes", Map.of("email", "not an address")).status()).isEqualTo(422);
        String code = APP.mail().mailedCode(bob, 1);
        assertThat(verify(bob, wrong(code)).status()).isEqualTo(401);
        assertThat(verify(bob, "abc").status()).isEqualTo(422);
        assertThat(verify(bob, code).status()).isEqualTo(201);

        // Wrong codes count per account, so the reset is tried on another account than the sign-in.
        String dave = registeredUser().email();
        assertThat(api.postJson("/api/password-resets", Map.of("email", dave)).status()).isEqualTo(202);
        assertThat(api.postJson("/api/password-resets", Map.of("email", "not an address")).status()).isEqualTo(422);
        String resetCode = APP.mail().mailedCode(dave, 2); // the first confirmed the registration
        assertThat(confirm(dave, wrong(resetCode), "an entirely new passphrase").status()).isEqualTo(401);
        assertThat(confirm(dave, resetCode, "password").status()).isEqualTo(422);
        assertThat(confirm(dave, resetCode, "an entirely new passphrase").status()).isEqualTo(204);

        String carol = uniqueEmail("carol");
        api.postJson("/api/login-codes", Map.of("email", carol));
        String carolsCode = APP.mail().mailedCode(carol, 1);
        assertThat(Stream.generate(() -> verify(carol, wrong(carolsCode)).status()).limit(ACCOUNT_FAILURE_CAP + 1))
                .endsWith(429);
        assertThat(Stream.generate(() -> confirm(carol, wrong(carolsCode), "an entirely new passphrase").status())
                .limit(1)).containsOnly(429);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static Reply verify(String email, String code) {
        return api.postJson("/api/login-codes/verify", Map.of("email", email, "code", code, "rememberMe", false,
                "timezone", "Europe/Berlin"));
    }

    private static Reply confirm(String email, String code, String newPassword) {
        return api.postJson("/api/password-resets/confirm", Map.of("email", email, "code", code,
                "newPassword", newPassword));
    }

    /** @return the administrator it made */
    private static Account administration() {
        Account admin = registeredUser();
        APP.promoteToAdmin(admin.email());
        admin = signedIn(admin.email(), PASSWORD);
        Account plain = registeredUser();
        // Changing or disabling plain ends plain's sessions, so the refusals for non-admins use another user.
        String[] asBystander = bearer(registeredUser().token());
        String[] asAdmin = bearer(admin.token());
        String target = "/api/admin/users/" + plain.id();
        String nobody = "/api/admin/users/" + UUID.randomUUID();
        String roles = "{\"roles\":[\"user\"]}";

        assertThat(api.get("/api/admin/users?limit=5", asAdmin).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/users?limit=0", asAdmin).status()).isEqualTo(422);
        assertThat(api.get("/api/admin/users").status()).isEqualTo(401);
        assertThat(api.get("/api/admin/users", asBystander).status()).isEqualTo(403);

        assertThat(putRoles(target, roles, asAdmin).status()).isEqualTo(200);
        assertThat(putRoles(target, "{\"roles\":[\"overlord\"]}", asAdmin).status()).isEqualTo(422);
        assertThat(putRoles(nobody, roles, asAdmin).status()).isEqualTo(404);
        assertThat(putRoles("/api/admin/users/" + admin.id(), roles, asAdmin).status()).isEqualTo(409);
        assertThat(putRoles(target, roles).status()).isEqualTo(401);
        assertThat(putRoles(target, roles, asBystander).status()).isEqualTo(403);

        String pending = uniqueEmail("pending");
        api.postJson("/api/login-codes", Map.of("email", pending));
        @SuppressWarnings("unchecked")
        Map<String, Object> pendingUser = ((List<Map<String, Object>>) api.get(
                "/api/admin/users?email=" + pending, asAdmin).json().get("items")).get(0);
        for (String action : List.of("disable", "enable")) {
            assertThat(post(target + "/" + action, asAdmin).status()).isEqualTo(200);
            assertThat(post(nobody + "/" + action, asAdmin).status()).isEqualTo(404);
            assertThat(post(target + "/" + action).status()).isEqualTo(401);
            assertThat(post(target + "/" + action, asBystander).status()).isEqualTo(403);
        }
        assertThat(api.delete(target + "/sessions", asAdmin).status()).isEqualTo(200);
        assertThat(api.delete(nobody + "/sessions", asAdmin).status()).isEqualTo(404);
        assertThat(api.delete(target + "/sessions").status()).isEqualTo(401);
        assertThat(api.delete(target + "/sessions", asBystander).status()).isEqualTo(403);
        assertThat(post("/api/admin/users/" + admin.id() + "/disable", asAdmin).status()).isEqualTo(409);
        assertThat(post("/api/admin/users/" + pendingUser.get("id") + "/enable", asAdmin).status()).isEqualTo(409);
        return admin;
    }

    private static Reply putRoles(String userPath, String json, String... headers) {
        return api.send("PUT", userPath + "/roles", "application/json", json, headers);
    }

    private static Reply post(String path, String... headers) {
        return api.send("POST", path, null, null, headers);
    }

    /** Every endpoint that reads a JSON body refuses broken JSON, other media types and huge bodies alike. */
    private static void ownAccount() {
        Account carol = registeredUser();
        Account carolElsewhere = signedIn(carol.email(), PASSWORD);
        String newPassword = "purple elephant marching quietly";
        String change = "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}";

        assertThat(api.delete("/api/sessions/others", cookie(carol.cookiePair())).status()).isEqualTo(403);
        assertThat(api.delete("/api/sessions/others").status()).isEqualTo(401);
        assertThat(api.delete("/api/sessions/others", bearer(carol.token())).status()).isEqualTo(200);
        assertThat(api.get("/api/session", bearer(carolElsewhere.token())).status()).isEqualTo(401);

        assertThat(putPassword(change, cookie(carol.cookiePair())).status()).isEqualTo(403);
        assertThat(putPassword(change).status()).isEqualTo(401);
        assertThat(putPassword("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}",
                bearer(carol.token())).status()).isEqualTo(422);
        assertThat(putPassword(change, bearer(carol.token())).status()).isEqualTo(204);
        for (int i = 0; i < 6; i++) {
            putPassword("{\"currentPassword\":\"wrong guess " + i + "\",\"newPassword\":\"" + newPassword + "x\"}",
                    bearer(carol.token()));
        }
        assertThat(putPassword(change, bearer(carol.token())).status()).isEqualTo(429);
    }

    /** Both steps of a change of address, each answer once: the 409 is a new address taken between them. */
    private static void changeOfAddress() {
        Account dave = registeredUser();
        String taken = uniqueEmail("taken-meanwhile");
        String request = "{\"newEmail\":\"" + taken + "\",\"password\":\"" + PASSWORD + "\"}";

        assertThat(postEmail(request, cookie(dave.cookiePair())).status()).isEqualTo(403);
        assertThat(postEmail(request).status()).isEqualTo(401);
        assertThat(postEmail("{\"newEmail\":\"not an address\",\"password\":\"" + PASSWORD + "\"}",
                bearer(dave.token())).status()).isEqualTo(422);
        assertThat(postEmail("{\"newEmail\":\"" + taken + "\",\"password\":\"wrong\"}", bearer(dave.token())).status())
                .isEqualTo(401);
        assertThat(postEmail(request, bearer(dave.token())).status()).isEqualTo(202);
        String code = APP.mail().mailedCode(taken, 1);
        api.registeredAndSignedIn(taken, PASSWORD);
        assertThat(confirmEmail("{\"code\":\"" + code + "\"}", bearer(dave.token())).status()).isEqualTo(409);
        assertThat(confirmEmail("{\"code\":\"" + code + "\"}", cookie(dave.cookiePair())).status()).isEqualTo(403);
        assertThat(confirmEmail("{\"code\":\"" + code + "\"}").status()).isEqualTo(401);
        assertThat(confirmEmail("{\"code\":\"12ab\"}", bearer(dave.token())).status()).isEqualTo(422);
        assertThat(confirmEmail("{\"code\":\"" + code + "\"}", bearer(dave.token())).status()).isEqualTo(401);
        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            guesses.add(confirmEmail("{\"code\":\"" + code + "\"}", bearer(dave.token())).status());
        }
        assertThat(guesses).endsWith(429);
        assertThat(postEmail(request, bearer(dave.token())).status()).isEqualTo(429);

        Account erin = registeredUser();
        String moved = uniqueEmail("moved");
        assertThat(postEmail("{\"newEmail\":\"" + moved + "\",\"password\":\"" + PASSWORD + "\"}",
                bearer(erin.token())).status()).isEqualTo(202);
        assertThat(confirmEmail("{\"code\":\"" + APP.mail().mailedCode(moved, 1) + "\"}", bearer(erin.token())).status())
                .isEqualTo(200);
    }

    private static Reply postEmail(String json, String... headers) {
        return api.send("POST", "/api/users/me/email", "application/json", json, headers);
    }

    private static Reply confirmEmail(String json, String... headers) {
        return api.send("POST", "/api/users/me/email/confirm", "application/json", json, headers);
    }

    /** The administrator made by {@link #administration} is the only one, so cannot delete their account. */
    private static void accountDeletion(Account admin) {
        Account erin = registeredUser();
        String right = "{\"password\":\"" + PASSWORD + "\"}";

        assertThat(api.get("/api/users/me/export", bearer(erin.token())).status()).isEqualTo(200);
        assertThat(api.get("/api/users/me/export").status()).isEqualTo(401);
        assertThat(deleteAccount(right).status()).isEqualTo(401);
        assertThat(deleteAccount(right, cookie(erin.cookiePair())).status()).isEqualTo(403);
        assertThat(deleteAccount("{\"password\":\"not it at all\"}", bearer(erin.token())).status()).isEqualTo(401);
        assertThat(deleteAccount("{}", bearer(erin.token())).status()).isEqualTo(422);
        assertThat(deleteAccount(right, bearer(admin.token())).status()).isEqualTo(409);
        assertThat(deleteAccount(right, bearer(erin.token())).status()).isEqualTo(204);

        Account frank = registeredUser();
        // The throttle's first waits are short: on a busy machine one may pass between two slow guesses.
        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 20 && !guesses.contains(429); i++) {
            guesses.add(deleteAccount("{\"password\":\"wrong guess " + i + "\"}", bearer(frank.token())).status());
        }
        assertThat(guesses).endsWith(429);
    }

    private static Reply deleteAccount(String json, String... headers) {
        return api.send("DELETE", "/api/users/me", "application/json", json, headers);
    }

    private static Reply putPassword(String json, String... headers) {
        return api.send("PUT", "/api/users/me/password", "application/json", json, headers);
    }

    private static void audit(Account admin) {
        assertThat(api.get("/api/admin/audit?limit=10", bearer(admin.token())).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/audit?limit=1000", bearer(admin.token())).status()).isEqualTo(422);
        assertThat(api.get("/api/admin/audit").status()).isEqualTo(401);
        assertThat(api.get("/api/admin/audit", bearer(registeredUser().token())).status()).isEqualTo(403);
    }

    /** The per-account throttles with their default policies: five free, then 429. */
    private static void throttled() {
        String guessed = uniqueEmail("guessed");
        List<Integer> signIns = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            signIns.add(api.logIn(guessed, "wrong guess " + i, false).status());
        }
        assertThat(signIns).endsWith(429);
        String asked = uniqueEmail("asked");
        List<Integer> requests = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            requests.add(api.postJson(i % 2 == 0 ? "/api/login-codes" : "/api/password-resets", Map.of("email", asked)).status());
        }
        assertThat(requests).endsWith(429);
        assertThat(api.postJson("/api/login-codes", Map.of("email", asked)).status()).isEqualTo(429);
        assertThat(api.postJson("/api/password-resets", Map.of("email", asked)).status()).isEqualTo(429);
    }

    private static void malformedBodies(Account admin) {
        String oversized = "{\"email\":\"" + "a".repeat(70 * 1024) + "\"}";
        Map<String, String> bodies = Map.ofEntries(Map.entry("/api/users", "POST"), Map.entry("/api/sessions", "POST"),
                Map.entry("/api/login-codes", "POST"), Map.entry("/api/login-codes/verify", "POST"),
                Map.entry("/api/password-resets", "POST"), Map.entry("/api/password-resets/confirm", "POST"),
                Map.entry("/api/admin/users/" + admin.id() + "/roles", "PUT"), Map.entry("/api/users/me/password", "PUT"),
                Map.entry("/api/users/me/email", "POST"), Map.entry("/api/users/me/email/confirm", "POST"),
                Map.entry("/api/users/me", "DELETE"), Map.entry("/api/sessions/second-factor", "POST"),
                Map.entry("/api/users/me/totp", "DELETE"), Map.entry("/api/users/me/totp/confirm", "POST"),
                Map.entry("/api/session/reauthenticate", "POST"), Map.entry("/api/users/me/passkeys", "POST"),
                Map.entry("/api/passkey-sessions", "POST"));
        String[] asAdmin = bearer(admin.token());
        bodies.forEach((path, method) -> {
            assertThat(api.send(method, path, "application/json", "{\"email\":", asAdmin).status()).as(path).isEqualTo(400);
            assertThat(api.send(method, path, "text/plain", "email=a", asAdmin).status()).as(path).isEqualTo(415);
            assertThat(api.send(method, path, "application/json", oversized, asAdmin).status()).as(path).isEqualTo(413);
        });
    }

    /** The codes of an authenticator app, each step's once (Gatehouse accepts the next step's too). */
    private static final class AuthenticatorApp {
        private final dev.gatehouse.domain.mfa.TotpSecret secret;
        private long lastStep = Long.MIN_VALUE;

        AuthenticatorApp(String base32) {
            this.secret = dev.gatehouse.domain.mfa.TotpSecret.of(dev.gatehouse.domain.mfa.Base32.decode(base32).orElseThrow());
        }

        String next() {
            long step = Math.max(dev.gatehouse.domain.mfa.TotpRules.stepAt(java.time.Instant.now()), lastStep + 1);
            lastStep = step;
            return new dev.gatehouse.crypto.HmacTotpCodes().codeAt(secret, step);
        }

        String wrong() {
            long now = dev.gatehouse.domain.mfa.TotpRules.stepAt(java.time.Instant.now());
            for (int candidate = 0; ; candidate++) {
                String code = String.format("%06d", candidate);
                boolean accepted = false;
                for (long step = now - 1; step <= now + 2; step++) {
                    accepted |= code.equals(new dev.gatehouse.crypto.HmacTotpCodes().codeAt(secret, step));
                }
                if (!accepted) {
                    return code;
                }
            }
        }
    }

    /** Until the answer is 429, at most {@code tries} times: guessing a second factor is throttled like sign-in. */
    private static void untilThrottled(int tries, java.util.function.Supplier<Reply> guess) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < tries && !statuses.contains(429); i++) {
            statuses.add(guess.get().status());
        }
        assertThat(statuses).contains(429);
    }

    private static void secondFactors() {
        Account ann = registeredUser();
        assertThat(api.postJson("/api/users/me/totp", Map.of()).status()).isEqualTo(401);
        assertThat(api.send("DELETE", "/api/users/me/totp", "application/json", "{\"code\":\"123456\"}",
                bearer(ann.token())).status()).as("no app yet").isEqualTo(409);
        assertThat(api.postJson("/api/users/me/totp/confirm", Map.of("code", "123456"), bearer(ann.token())).status())
                .as("nothing pending").isEqualTo(409);
        Reply pending = api.postJson("/api/users/me/totp", Map.of(), bearer(ann.token()));
        assertThat(pending.status()).as(pending.body()).isEqualTo(201);
        AuthenticatorApp app = new AuthenticatorApp((String) pending.json().get("secret"));
        assertThat(api.postJson("/api/users/me/totp/confirm", Map.of("code", app.wrong()), bearer(ann.token())).status())
                .isEqualTo(422);
        Reply confirmed = api.postJson("/api/users/me/totp/confirm", Map.of("code", app.next()), bearer(ann.token()));
        assertThat(confirmed.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<String> recoveryCodes = (List<String>) confirmed.json().get("recoveryCodes");
        assertThat(api.postJson("/api/users/me/totp/confirm", Map.of("code", "123456")).status()).isEqualTo(401);
        assertThat(api.postJson("/api/users/me/totp", Map.of(), bearer(ann.token())).status()).isEqualTo(409);

        Reply first = api.logIn(ann.email(), PASSWORD, true);
        assertThat(first.status()).isEqualTo(202);
        String challenge = (String) first.json().get("challenge");
        assertThat(api.postJson("/api/sessions/second-factor", Map.of("challenge", challenge, "code", "12"))
                .status()).isEqualTo(422);
        Reply signedIn = api.postJson("/api/sessions/second-factor", Map.of("challenge", challenge, "code", app.next()));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(201);
        String token = (String) signedIn.json().get("token");
        assertThat(api.postJson("/api/sessions/second-factor", Map.of("challenge", challenge, "code", app.wrong()))
                .status()).as("the challenge is spent").isEqualTo(401);

        int before = APP.mail().codeMailCount(ann.email());
        assertThat(api.postJson("/api/login-codes", Map.of("email", ann.email())).status()).isEqualTo(202);
        assertThat(verify(ann.email(), APP.mail().mailedCode(ann.email(), before + 1)).status()).isEqualTo(202);

        assertThat(api.postJson("/api/session/reauthenticate", Map.of()).status()).isEqualTo(401);
        assertThat(api.postJson("/api/session/reauthenticate", Map.of(), bearer(token)).status()).isEqualTo(422);
        assertThat(api.postJson("/api/session/reauthenticate", Map.of("password", PASSWORD), bearer(token)).status())
                .isEqualTo(204);
        assertThat(api.send("DELETE", "/api/users/me/totp", "application/json", "{\"code\":\"" + app.wrong() + "\"}",
                bearer(token)).status()).isEqualTo(422);
        assertThat(api.send("DELETE", "/api/users/me/totp", "application/json", "{\"code\":\"" + app.wrong() + "\"}")
                .status()).isEqualTo(401);
        assertThat(api.send("DELETE", "/api/users/me/totp", "application/json",
                "{\"code\":\"" + recoveryCodes.get(0) + "\"}", bearer(token)).status()).isEqualTo(204);

        Account bea = registeredUser();
        Reply beaPending = api.postJson("/api/users/me/totp", Map.of(), bearer(bea.token()));
        AuthenticatorApp beasApp = new AuthenticatorApp((String) beaPending.json().get("secret"));
        assertThat(api.postJson("/api/users/me/totp/confirm", Map.of("code", beasApp.next()), bearer(bea.token()))
                .status()).isEqualTo(200);
        untilThrottled(12, () -> api.send("DELETE", "/api/users/me/totp", "application/json",
                "{\"code\":\"" + beasApp.wrong() + "\"}", bearer(bea.token())));
        untilThrottled(12, () -> {
            Reply firstStep = api.logIn(bea.email(), PASSWORD, false);
            assertThat(firstStep.status()).as(firstStep.body()).isEqualTo(202);
            return api.postJson("/api/sessions/second-factor", Map.of("challenge", firstStep.json().get("challenge"),
                    "code", beasApp.wrong()));
        });
        Account cid = registeredUser();
        untilThrottled(12, () -> api.postJson("/api/session/reauthenticate", Map.of("password", "not the password at all"),
                bearer(cid.token())));
    }
}
