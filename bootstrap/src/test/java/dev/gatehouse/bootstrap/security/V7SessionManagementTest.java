package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ASVS 5.0 V7 (session management), black-box, on the shipped defaults. The timeouts are in
 * {@link V7SessionTimeoutsTest} and the remember-me token rotation in {@link V7TokenRotationTest},
 * which need shortened durations.
 */
class V7SessionManagementTest {

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int sessionStatus(String token) {
        return http.get("/api/session", bearer(token)).status();
    }

    @Test
    void asvs_7_2_1_everyTokenIsCheckedOnTheServer() {
        Account ann = visitors.newAccount("checked");
        String made = randomToken();

        assertThat(sessionStatus(ann.token())).isEqualTo(200);
        assertThat(sessionStatus(made)).isEqualTo(401);
        assertThat(http.get("/api/session", cookie("__Host-gh_session=" + made)).status()).isEqualTo(401);
        assertThat(sessionStatus(ann.token() + "x")).isEqualTo(401);
        assertThat(sessionStatus("' OR 1=1 --")).isEqualTo(401);
        assertThat(http.get("/dashboard", cookie("__Host-gh_session=" + made)).header("Location")).contains("/login");
    }

    @Test
    void asvs_7_2_2_and_7_2_3_sessionTokensAreNewRandomAndLongAtEverySignIn() {
        String email = visitors.registered("tokens");
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Account signedIn = visitors.signedIn(email);
            assertThat(signedIn.token()).matches("[A-Za-z0-9_-]{43,}");
            assertThat(signedIn.csrfToken()).isNotEqualTo(signedIn.token());
            tokens.add(signedIn.token());
        }

        assertThat(tokens).hasSize(5);
    }

    @Test
    void asvs_7_2_4_aTokenPlantedBeforeSignInIsNeverAdopted() {
        String email = visitors.registered("fixation");
        String planted = randomToken();

        Reply signedIn = http.postJson("/api/sessions", Map.of("email", email, "password", PASSWORD),
                "Cookie", "__Host-gh_session=" + planted);

        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(signedIn.cookiePair()).isNotEqualTo("__Host-gh_session=" + planted);
        assertThat(signedIn.json().get("token")).isNotEqualTo(planted);
        assertThat(sessionStatus(planted)).isEqualTo(401);
    }

    @Test
    void asvs_7_2_4_signingInAgainEndsTheSessionTheBrowserHeld() {
        String email = visitors.registered("again");
        Account first = visitors.signedIn(email);
        Account otherBrowser = visitors.signedIn(email);

        Reply again = http.postJson("/api/sessions", Map.of("email", email, "password", PASSWORD),
                "Cookie", first.cookiePair());

        assertThat(again.status()).isEqualTo(201);
        assertThat(sessionStatus(first.token())).isEqualTo(401);
        assertThat(sessionStatus(otherBrowser.token())).isEqualTo(200);
    }

    @Test
    void asvs_7_4_1_signingOutEndsTheSessionOnTheServerAtOnceAndClearsTheCookie() {
        Account api = visitors.newAccount("logout-api");
        Account page = visitors.newAccount("logout-page");

        Reply apiLogout = http.delete("/api/session", bearer(api.token()));
        Reply pageLogout = visitors.postForm("/logout", page.cookiePair(), "csrf_token=" + page.csrfToken());

        assertThat(apiLogout.status()).isEqualTo(204);
        assertThat(sessionStatus(api.token())).isEqualTo(401);
        assertThat(pageLogout.status()).isEqualTo(303);
        assertThat(pageLogout.header("Location")).endsWith("/login?done=signed-out");
        assertThat(pageLogout.sessionSetCookie()).contains("Max-Age=0");
        assertThat(sessionStatus(page.token())).isEqualTo(401);
        assertThat(http.get("/dashboard", cookie(page.cookiePair())).status()).isEqualTo(303);
    }

    @Test
    void asvs_7_4_2_disablingAnAccountEndsItsSessionsAtOnce() {
        Account admin = visitors.admin();
        Account ann = visitors.newAccount("disabled");

        Reply disabled = http.send("POST", "/api/admin/users/" + ann.id() + "/disable", null, null, bearer(admin.token()));

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(sessionStatus(ann.token())).isEqualTo(401);
        assertThat(http.logIn(ann.email(), PASSWORD, false).status()).as("account-disabled").isEqualTo(403);
    }

    @Test
    void asvs_7_4_3_aPasswordChangeEndsEveryOtherSession() {
        String email = visitors.registered("changed");
        Account here = visitors.signedIn(email);
        Account elsewhere = visitors.signedIn(email);

        Reply changed = http.send("PUT", "/api/users/me/password", "application/json",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"purple elephant marching quietly\"}",
                bearer(here.token()));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(sessionStatus(elsewhere.token())).isEqualTo(401);
        assertThat(sessionStatus(here.token())).isEqualTo(200);
    }

    @Test
    void asvs_7_4_5_anAdministratorCanEndEverySessionOfAnAccount() {
        Account admin = visitors.admin();
        String email = visitors.registered("ended-by-admin");
        Account laptop = visitors.signedIn(email);
        Account phone = visitors.signedIn(email);

        Reply ended = http.delete("/api/admin/users/" + laptop.id() + "/sessions", bearer(admin.token()));

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json()).containsEntry("ended", 2);
        assertThat(List.of(sessionStatus(laptop.token()), sessionStatus(phone.token()))).containsOnly(401);
        assertThat(http.logIn(email, PASSWORD, false).status()).as("the account itself is untouched").isEqualTo(201);
    }

    @Test
    void asvs_7_5_2_peopleSeeTheirOwnSessionsAndEndAnyOrAllOthers() {
        String email = visitors.registered("own-sessions");
        Account here = visitors.signedIn(email);
        Account laptop = visitors.signedIn(email);
        Account phone = visitors.signedIn(email);

        List<Map<String, Object>> listed = http.get("/api/sessions", bearer(here.token())).jsonArray();
        assertThat(listed).hasSize(3);
        assertThat(listed).filteredOn(session -> Boolean.TRUE.equals(session.get("current"))).hasSize(1);
        String laptopId = (String) http.get("/api/sessions", bearer(laptop.token())).jsonArray().stream()
                .filter(session -> Boolean.TRUE.equals(session.get("current"))).findFirst().orElseThrow().get("id");

        assertThat(http.delete("/api/sessions/" + laptopId, bearer(here.token())).status()).isEqualTo(204);
        assertThat(sessionStatus(laptop.token())).isEqualTo(401);
        assertThat(http.delete("/api/sessions/others", bearer(here.token())).json()).containsEntry("ended", 1);
        assertThat(sessionStatus(phone.token())).isEqualTo(401);
        assertThat(sessionStatus(here.token())).isEqualTo(200);
    }

    /**
     * Every page a signed-in person can reach by following links, through every page of the account
     * and audit lists (well past the second), and the no-access page a plain user gets there: each one
     * that needs a session (anonymously it sends to {@code /login}) carries the sign-out form.
     */
    @Test
    void asvs_7_4_4_everyAuthenticatedPageReachableByLinksOffersSignOut() {
        for (int i = 0; i < 2 * 20 + 5; i++) {
            visitors.registered("listed");
        }
        Account admin = visitors.admin();
        Account plain = visitors.newAccount("plain");

        Map<String, Reply> authenticatedPages = new TreeMap<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("/dashboard"));
        Set<String> seen = new HashSet<>(toVisit);
        while (!toVisit.isEmpty() && seen.size() < 200) {
            String path = toVisit.poll();
            Reply anonymous = http.get(path);
            if (anonymous.status() != 303 || !anonymous.header("Location").contains("/login")) {
                continue;
            }
            Reply page = http.get(path, "Cookie", admin.cookiePair(), "Accept", "text/html");
            authenticatedPages.put(path, page);
            Matcher link = LOCAL_LINK.matcher(page.body());
            while (link.find()) {
                String target = unescaped(link.group(1));
                boolean download = link.group(2).contains("download");
                if (!download && !target.startsWith("//") && seen.add(target)) {
                    toVisit.add(target);
                }
            }
        }

        assertThat(authenticatedPages.keySet()).contains("/dashboard", "/account", "/account/sessions", "/account/password",
                "/articles/1", "/admin/users", "/admin/users?page=2", "/admin/users?page=3", "/admin/audit");
        assertThat(authenticatedPages).allSatisfy((path, page) -> {
            // The articles index links all ten; past the session's free reads an article is the paywall, 402.
            assertThat(page.status()).as(path).isIn(200, 402);
            assertThat(page.body()).as(path).contains(SIGN_OUT).contains("value=\"" + admin.csrfToken() + "\"");
        });
        for (String path : authenticatedPages.keySet()) {
            Reply asPlainUser = http.get(path, "Cookie", plain.cookiePair(), "Accept", "text/html");
            assertThat(asPlainUser.status()).as(path).isIn(200, 402, 403);
            assertThat(asPlainUser.body()).as(path).contains(SIGN_OUT);
        }
    }

    private static final String SIGN_OUT = "<form method=\"post\" action=\"/logout\"";
    /** A local link, and the rest of its tag: a {@code download} link fetches a file, not a page. */
    private static final Pattern LOCAL_LINK = Pattern.compile("<a href=\"(/[^\"]*)\"([^>]*)>");

    private static String unescaped(String href) {
        return href.replace("&#61;", "=").replace("&amp;", "&").replace("&#x2F;", "/").replace("&#39;", "'")
                .replace("&quot;", "\"");
    }
}
