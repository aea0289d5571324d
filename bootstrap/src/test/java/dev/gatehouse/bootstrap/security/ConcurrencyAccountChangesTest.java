package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.security.Visitors.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Changes to an account while it is busy signing in (ASVS 5.0 7.4.2, 8.3.2, 6.4.3 and 15.4.2,
 * check and act as one): a sign-in that read the account before an administrator's change, or
 * before a reset, must neither write the old state back nor leave a session the change should
 * have ended. Also one account asked for many times at once: registration, sign-in, sign-out.
 * On the shipped throttles; the mailbox is a real SMTP server's.
 */
class ConcurrencyAccountChangesTest {

    private static final String NEW_PASSWORD = "purple elephant marching quietly";
    private static final int RACERS = 4;
    private static final Duration RACE = Duration.ofSeconds(2);

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension().withMail();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void start() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    /** The account's owner, signed in once: its id, its first token and its browser's device cookie. */
    private record Owner(String id, String email, String token, String device) {

        static Owner signedIn(String email) {
            Reply signedIn = http.logIn(email, PASSWORD, false);
            Account account = Visitors.signedIn(signedIn, email);
            return new Owner(account.id(), email, account.token(), signedIn.setCookiePair("__Host-gh_device"));
        }

        /** A sign-in from the owner's recognised browser: judged even while strangers' failures make the address wait. */
        Reply signsIn(String password) {
            return http.postJson("/api/sessions", Map.of("email", email, "password", password, "rememberMe", false),
                    "Cookie", device);
        }
    }

    /** What the racing sign-ins got, and what the change made in their midst answered. */
    private record Race(Reply change, Burst.Outcome signIns) {

        List<String> tokens() {
            return signIns.withStatus(201).stream().map(reply -> (String) reply.json().get("token")).toList();
        }
    }

    /**
     * {@value #RACERS} threads sign in to {@code email} with {@code password} over and over for
     * {@link #RACE}; a third of the way in, {@code change} is made.
     */
    private static Race signInsAround(String email, String password, Supplier<Reply> change) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(RACERS);
        List<Reply> replies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + RACE.toNanos();
        try {
            List<Future<?>> racers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                racers.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        replies.add(http.logIn(email, password, false));
                    }
                    return null;
                }));
            }
            Thread.sleep(RACE.toMillis() / 3);
            Reply changed = change.get();
            for (Future<?> racer : racers) {
                try {
                    racer.get(RACE.toSeconds() + 60, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    failures.add(String.valueOf(e.getCause() == null ? e : e.getCause()));
                }
            }
            return new Race(changed, new Burst.Outcome(List.copyOf(replies), List.copyOf(failures)));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<String, Object> asListed(Account admin, String email) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.get("/api/admin/users?email=" + email,
                bearer(admin.token())).json().get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static int sessionStatus(String token) {
        return http.get("/api/session", bearer(token)).status();
    }

    private static void assertEveryTokenIsRefused(Owner owner, Race race) {
        List<String> tokens = new ArrayList<>(race.tokens());
        tokens.add(owner.token());
        assertThat(tokens).allSatisfy(token -> assertThat(sessionStatus(token)).as("a token issued in the race").isEqualTo(401));
    }

    @RepeatedTest(3)
    void asvs_7_4_2_anAccountDisabledWhileItSignsInStaysDisabledAndNoSessionOutlivesIt() throws InterruptedException {
        Account admin = visitors.admin();
        Owner owner = Owner.signedIn(visitors.registered("disabled-racing"));

        Race race = signInsAround(owner.email(), PASSWORD, () ->
                http.send("POST", "/api/admin/users/" + owner.id() + "/disable", null, null, bearer(admin.token())));

        System.out.println("disabled amid " + RACERS + " sign-in loops: " + race.signIns() + ", tokens issued "
                + race.tokens().size());
        assertThat(race.change().status()).isEqualTo(200);
        assertThat(race.signIns().serverErrors()).isEmpty();
        assertThat(asListed(admin, owner.email())).containsEntry("active", false);
        assertThat(owner.signsIn(PASSWORD).status()).as("the right password, from the owner's browser: account-disabled").isEqualTo(403);
        assertEveryTokenIsRefused(owner, race);
    }

    @RepeatedTest(3)
    void asvs_8_3_2_aRoleChangeMadeWhileTheAccountSignsInHoldsAndNoSessionKeepsTheOldRoles()
            throws InterruptedException {
        Account admin = visitors.admin();
        Owner owner = Owner.signedIn(visitors.registered("promoted-racing"));

        Race race = signInsAround(owner.email(), PASSWORD, () -> http.send("PUT", "/api/admin/users/" + owner.id()
                + "/roles", "application/json", "{\"roles\":[\"user\",\"admin\"]}", bearer(admin.token())));

        System.out.println("roles changed amid " + RACERS + " sign-in loops: " + race.signIns() + ", tokens issued "
                + race.tokens().size());
        assertThat(race.change().status()).isEqualTo(200);
        assertThat(race.signIns().serverErrors()).isEmpty();
        assertThat(asListed(admin, owner.email()).get("roles")).asList().containsExactlyInAnyOrder("user", "admin");
        assertThat(sessionStatus(owner.token())).as("the session from before the change").isEqualTo(401);
        for (String token : race.tokens()) {
            Reply session = http.get("/api/session", bearer(token));
            if (session.status() != 401) {
                assertThat(session.status()).isEqualTo(200);
                @SuppressWarnings("unchecked")
                Map<String, Object> user = (Map<String, Object>) session.json().get("user");
                assertThat(user.get("roles")).as("a live session carries the new roles").asList().contains("admin");
            }
        }
    }

    @RepeatedTest(3)
    void asvs_6_4_3_aResetConfirmedWhileTheOldPasswordSignsInLeavesNoWayInWithIt() throws InterruptedException {
        Owner owner = Owner.signedIn(visitors.registered("reset-racing"));
        assertThat(http.postJson("/api/password-resets", Map.of("email", owner.email())).status()).isEqualTo(202);
        String code = APP.mail().mailedCode(owner.email(), 2); // the first confirmed the registration

        Race race = signInsAround(owner.email(), PASSWORD, () -> http.postJson("/api/password-resets/confirm",
                Map.of("email", owner.email(), "code", code, "newPassword", NEW_PASSWORD)));

        System.out.println("reset amid " + RACERS + " sign-in loops with the old password: " + race.signIns()
                + ", tokens issued " + race.tokens().size());
        assertThat(race.change().status()).isEqualTo(204);
        assertThat(race.signIns().serverErrors()).isEmpty();
        assertThat(owner.signsIn(PASSWORD).status()).as("the old password, from the owner's browser").isEqualTo(401);
        assertThat(owner.signsIn(NEW_PASSWORD).status()).as("the new password").isEqualTo(201);
        assertEveryTokenIsRefused(owner, race);
    }

    @RepeatedTest(5)
    void asvs_15_4_2_registrationsOfOneAddressAtOnceCreateOneAccount() {
        String email = uniqueEmail("twins");

        Burst.Outcome burst = Burst.of(12, i -> http.register(email, PASSWORD));

        System.out.println("12 registrations of one address at once: " + burst);
        assertThat(burst.serverErrors()).isEmpty();
        // Where addresses must be proven every answer is the same 202; the table holds one account.
        assertThat(burst.count(202)).as(burst.toString()).isEqualTo(12);
        int accounts = APP.database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM users WHERE email = :email").bind("email", email)
                .mapTo(Integer.class).one());
        assertThat(accounts).isEqualTo(1);
    }

    @RepeatedTest(5)
    void asvs_15_4_3_rightSignInsToOneAccountAtOnceNeverFailOnTheServer() {
        String email = visitors.registered("crowd");

        Burst.Outcome burst = Burst.of(12, i -> http.logIn(email, PASSWORD, false));

        System.out.println("12 right sign-ins to one account at once: " + burst);
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.statusesOtherThan(201, 429, 503)).isEmpty();
        assertThat(burst.count(201)).isPositive();
    }

    @RepeatedTest(5)
    void asvs_7_4_1_aTokenSignedOutIsRefusedByEveryRequestOfABurstRightAfter() {
        Account ann = visitors.newAccount("signed-out");

        Reply signedOut = http.delete("/api/session", bearer(ann.token()));
        Burst.Outcome burst = Burst.of(20, i -> http.get("/api/session", bearer(ann.token())));

        System.out.println("20 uses at once of a token just signed out: " + burst);
        assertThat(signedOut.status()).isEqualTo(204);
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.count(401)).as(burst.toString()).isEqualTo(20);
    }
}
