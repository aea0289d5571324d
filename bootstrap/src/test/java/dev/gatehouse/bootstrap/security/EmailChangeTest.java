package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestApps.uniqueEmail;
import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A change of address, end to end over HTTP with real mail (ASVS 5.0 6.3.7: the old address is told
 * of the change; 6.4.x: the new address is proven by a code before it signs in; 7.4.3: the other
 * sessions end). The request reveals nothing about the new address: the same 202 whether or not it
 * has an account, whose owner is told instead. The code is single use under any burst, and the unique
 * index decides between an account moving to an address and someone registering it meanwhile.
 */
class EmailChangeTest {

    private static final int BURST = 10;

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension().withMail();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void start() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    private static Reply ask(Account account, String newEmail, String password) {
        return http.postJson("/api/users/me/email", Map.of("newEmail", newEmail, "password", password),
                bearer(account.token()));
    }

    private static Reply enter(Account account, String code) {
        return http.postJson("/api/users/me/email/confirm", Map.of("code", code), bearer(account.token()));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part, decoded: what the person reads. */
    private static String plainText(MimeMessage message) {
        try {
            MimeMultipart parts = (MimeMultipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            throw new AssertionError("no plain-text part");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void asvs_6_3_7_theAccountMovesTheOldAddressIsToldAndOnlyTheNewOneSignsIn() {
        Account ann = visitors.newAccount("moving");
        Account annElsewhere = visitors.signedIn(ann.email());
        String moved = uniqueEmail("moved");

        Reply asked = ask(ann, moved, Visitors.PASSWORD);
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(subject(APP.mail().awaitMailTo(ann.email(), "change of your", 1))).contains("requested");
        Reply confirmed = enter(ann, APP.mail().mailedCode(moved, 1));

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("email")).isEqualTo(moved);
        assertThat(http.get("/api/users/me", bearer(ann.token())).json().get("email")).isEqualTo(moved);
        assertThat(http.get("/api/session", bearer(annElsewhere.token())).status()).isEqualTo(401);
        MimeMessage changed = APP.mail().awaitMailTo(ann.email(), "new address", 1);
        String masked = moved.charAt(0) + "***" + moved.substring(moved.indexOf('@'));
        assertThat(plainText(changed)).contains(masked).doesNotContain(moved);
        assertThat(http.logIn(moved, Visitors.PASSWORD, false).status()).isEqualTo(201);
        assertThat(http.logIn(ann.email(), Visitors.PASSWORD, false).status()).isEqualTo(401);
    }

    @Test
    void aTakenAddressAnswersAlikeTellsItsOwnerAndCannotBeConfirmed() {
        Account ann = visitors.newAccount("mover");
        Account bob = visitors.newAccount("owner");
        String free = uniqueEmail("free");
        Account carol = visitors.newAccount("control");

        Reply toTaken = ask(ann, bob.email(), Visitors.PASSWORD);
        Reply toFree = ask(carol, free, Visitors.PASSWORD);

        assertThat(toTaken.status()).isEqualTo(202);
        assertThat(toTaken.body()).isEqualTo(toFree.body());
        APP.mail().awaitMailTo(bob.email(), "Someone tried to use your address", 1);
        assertThat(subject(APP.mail().awaitMailTo(ann.email(), "change of your", 1))).contains("requested");
        APP.mail().awaitMailTo(free, 1);
        assertThat(APP.mail().mailCount(bob.email(), "Someone tried to use your address")).isEqualTo(1);
        assertThat(APP.mail().mailCount(bob.email(), "new address")).as("no code for a taken address").isZero();
        assertThat(enter(ann, "123456").status()).isEqualTo(401);
        assertThat(http.get("/api/users/me", bearer(ann.token())).json().get("email")).isEqualTo(ann.email());
        assertThat(http.get("/api/users/me", bearer(bob.token())).json().get("email")).isEqualTo(bob.email());
    }

    @Test
    void anAddressTakenBetweenRequestAndCodeIsAConflictAndNothingChanges() {
        Account ann = visitors.newAccount("slow-mover");
        Account annElsewhere = visitors.signedIn(ann.email());
        String contested = uniqueEmail("contested");
        assertThat(ask(ann, contested, Visitors.PASSWORD).status()).isEqualTo(202);
        String code = APP.mail().mailedCode(contested, 1);
        http.registeredAndSignedIn(contested, Visitors.PASSWORD);

        Reply confirmed = enter(ann, code);

        assertThat(confirmed.status()).isEqualTo(409);
        assertThat(confirmed.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/users/me", bearer(ann.token())).json().get("email")).isEqualTo(ann.email());
        assertThat(http.get("/api/session", bearer(annElsewhere.token())).status()).isEqualTo(200);
        assertThat(http.logIn(ann.email(), Visitors.PASSWORD, false).status()).isEqualTo(201);
    }

    @Test
    void aWrongPasswordIs401AndCountedByTheSignInThrottle() {
        Account ann = visitors.newAccount("wrong-password");
        String moved = uniqueEmail("never");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(ask(ann, moved, "not the password " + i).status());
        }

        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses).endsWith(429);
        assertThat(ask(ann, moved, Visitors.PASSWORD).status()).as("the throttle holds the right password too").isEqualTo(429);
        assertThat(APP.mail().mailCount(moved)).isZero();
    }

    @Test
    void aWrongOrMalformedCodeIsRefusedAndChangesNothing() {
        Account ann = visitors.newAccount("wrong-code");
        String moved = uniqueEmail("unconfirmed");
        assertThat(ask(ann, moved, Visitors.PASSWORD).status()).isEqualTo(202);
        String code = APP.mail().mailedCode(moved, 1);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);

        Reply refused = enter(ann, wrong);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("type")).isEqualTo("urn:gatehouse:problem:invalid-code");
        assertThat(enter(ann, "12ab").status()).isEqualTo(422);
        assertThat(http.get("/api/users/me", bearer(ann.token())).json().get("email")).isEqualTo(ann.email());
        assertThat(enter(ann, code).status()).as("the right code still works after one wrong entry").isEqualTo(200);
    }

    @Test
    void aMalformedAddressIsRefusedBeforeAnythingIsSent() {
        Account ann = visitors.newAccount("malformed");
        int mailedBefore = APP.mail().mailCount(ann.email());

        Reply refused = ask(ann, "not an address", Visitors.PASSWORD);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("newEmail");
        assertThat(APP.mail().mailCount(ann.email())).as("no mail beyond those of signing up").isEqualTo(mailedBefore);
    }

    @Test
    void anAccountWithoutAPasswordAsksRightAfterACodeSignIn() {
        String email = uniqueEmail("passwordless");
        assertThat(http.postJson("/api/login-codes", Map.of("email", email)).status()).isEqualTo(202);
        Reply signedIn = http.postJson("/api/login-codes/verify",
                Map.of("email", email, "code", APP.mail().mailedCode(email, 1)));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(201);
        String token = (String) signedIn.json().get("token");
        String moved = uniqueEmail("passwordless-moved");

        Reply asked = http.postJson("/api/users/me/email", Map.of("newEmail", moved), bearer(token));

        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        Reply confirmed = http.postJson("/api/users/me/email/confirm",
                Map.of("code", APP.mail().mailedCode(moved, 1)), bearer(token));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("email")).isEqualTo(moved);
    }

    @RepeatedTest(3)
    void asvs_6_5_1_aChangeCodeEnteredManyTimesAtOnceMovesTheAccountOnce() {
        Account ann = visitors.newAccount("burst");
        String moved = uniqueEmail("burst-moved");
        assertThat(ask(ann, moved, Visitors.PASSWORD).status()).isEqualTo(202);
        String code = APP.mail().mailedCode(moved, 1);

        Burst.Outcome burst = Burst.of(BURST, i -> enter(ann, code));

        System.out.println("change-of-address code entered " + BURST + " times at once: " + burst);
        assertThat(burst.serverErrors()).isEmpty();
        assertThat(burst.count(200)).as(burst.toString()).isEqualTo(1);
        assertThat(burst.count(401) + burst.count(429)).as(burst.toString()).isEqualTo(BURST - 1);
        APP.mail().awaitMailTo(ann.email(), "new address", 1);
        assertThat(APP.mail().mailCount(ann.email(), "new address")).as("one change, one notice").isEqualTo(1);
    }

    @Test
    void thePageFormRefusesAPostWithoutTheCsrfToken() {
        Account ann = visitors.newAccount("page-csrf");
        String moved = uniqueEmail("page-moved");

        Reply withoutToken = visitors.postForm("/account/email", ann.cookiePair(),
                "new_email=" + moved + "&password=" + Visitors.PASSWORD.replace(' ', '+'));
        Reply withToken = visitors.postForm("/account/email", ann.cookiePair(),
                "csrf_token=" + ann.csrfToken() + "&new_email=" + moved + "&password=" + Visitors.PASSWORD.replace(' ', '+'));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withToken.status()).isEqualTo(303);
        assertThat(withToken.header("Location")).contains("/account/email/confirm");
        Reply confirmWithoutToken = visitors.postForm("/account/email/confirm", ann.cookiePair(),
                "code=" + APP.mail().mailedCode(moved, 1));
        assertThat(confirmWithoutToken.status()).isEqualTo(403);
        assertThat(http.get("/api/users/me", bearer(ann.token())).json().get("email")).isEqualTo(ann.email());
    }
}
