package dev.gatehouse.bootstrap.security;

import static dev.gatehouse.bootstrap.app.TestHttpClient.bearer;
import static dev.gatehouse.bootstrap.app.TestHttpClient.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.app.FullAppExtension;
import dev.gatehouse.bootstrap.app.TestHttpClient;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.bootstrap.security.Visitors.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The metered articles of the contract, black-box (ASVS 5.0 2.3.2 and 2.3.4: a documented
 * per-session limit, enforced on the server, that parallel requests cannot overrun).
 */
class MeteredArticlesTest {

    @RegisterExtension
    static final FullAppExtension APP = new FullAppExtension();

    private static TestHttpClient http;
    private static Visitors visitors;

    @BeforeAll
    static void client() {
        http = APP.api();
        visitors = new Visitors(APP);
    }

    private static Reply read(Account reader, int article) {
        return http.get("/api/articles/" + article, bearer(reader.token()));
    }

    @Test
    void asvs_2_3_2_fiveDifferentArticlesAreFreeThenTheSessionIsAskedToSubscribe() {
        Account reader = visitors.newAccount("reader");
        for (int article = 1; article <= 5; article++) {
            Reply reply = read(reader, article);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json()).containsEntry("id", article).containsKeys("title", "body");
        }

        Reply sixth = read(reader, 6);

        assertThat(sixth.status()).isEqualTo(402);
        assertThat(sixth.contentType()).isEqualTo("application/problem+json");
        assertThat(sixth.json()).containsEntry("status", 402);
        assertThat(read(reader, 2).status()).as("read before, still open").isEqualTo(200);
        assertThat(read(visitors.signedIn(reader.email()), 6).status()).as("a new session starts afresh").isEqualTo(200);
    }

    @Test
    void asvs_2_3_2_theCountIsTheSessionsWhetherByCookieOrBearer() {
        Account reader = visitors.newAccount("both-ways");
        for (int article = 1; article <= 3; article++) {
            assertThat(read(reader, article).status()).isEqualTo(200);
        }
        for (int article = 4; article <= 5; article++) {
            assertThat(http.get("/api/articles/" + article, cookie(reader.cookiePair())).status()).isEqualTo(200);
        }

        assertThat(http.get("/articles/6", cookie(reader.cookiePair())).status()).isEqualTo(402);
        assertThat(http.get("/articles/6", cookie(reader.cookiePair())).body()).contains("Subscribe");
    }

    @Test
    void asvs_2_3_4_parallelReadsCannotGoPastTheAllowance() throws Exception {
        Account reader = visitors.newAccount("parallel");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int article = 1; article <= 10; article++) {
                int id = article;
                replies.add(pool.submit(() -> read(reader, id)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                statuses.add(reply.get().status());
            }

            assertThat(statuses).filteredOn(status -> status == 200).hasSize(5);
            assertThat(statuses).filteredOn(status -> status == 402).hasSize(5);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void asvs_2_2_1_and_8_2_1_unknownArticlesAndStrangersAreRefusedAtNoCost() {
        Account reader = visitors.newAccount("strays");

        assertThat(read(reader, 11).status()).isEqualTo(404);
        assertThat(http.get("/api/articles/abc", bearer(reader.token())).status()).isEqualTo(404);
        assertThat(http.get("/api/articles/1").status()).isEqualTo(401);
        assertThat(http.get("/articles/1").header("Location")).contains("/login?next=%2Farticles%2F1");
        for (int article = 1; article <= 5; article++) {
            assertThat(read(reader, article).status()).as("a refused read cost nothing").isEqualTo(200);
        }
    }
}
