package dev.gatehouse.bench;

import dev.gatehouse.crypto.Argon2Settings;
import dev.gatehouse.crypto.Argon2idPasswordHasher;
import dev.gatehouse.crypto.SecureRandomTokens;
import dev.gatehouse.domain.password.ClearTextPassword;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionLifetime;
import dev.gatehouse.domain.session.SessionToken;
import dev.gatehouse.domain.user.AccountStatus;
import dev.gatehouse.domain.user.EmailAddress;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.persistence.JdbiSessions;
import dev.gatehouse.persistence.JdbiTransactionRunner;
import dev.gatehouse.persistence.JdbiUsers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Puts the benchmark's accounts and sessions into the running server's database through the
 * server's own persistence adapters and token generator, so stored rows and token hashes are exactly
 * what a sign-in would have written. Signing in 10,000 times over HTTP would cost 10,000 Argon2id
 * hashes; here the password is hashed once and that hash stored for every account (the salt is
 * shared, the cost of verifying it is not changed by that).
 *
 * <p>Writes {@code emails.txt} (one address a line) and {@code tokens.txt} (one session token a line,
 * the i-th for the i-th address) into the output directory: benchmark secrets, never real ones.
 *
 * <p>Usage: {@code SeedBenchmarkData <jdbc-url> <db-user> <db-password> <accounts> <account-password> <out-dir>}
 */
public final class SeedBenchmarkData {

    private static final int BATCH = 500;

    private SeedBenchmarkData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: SeedBenchmarkData <jdbc-url> <db-user> <db-password> <accounts>"
                    + " <account-password> <out-dir>");
            System.exit(2);
        }
        Jdbi jdbi = Jdbi.create(args[0], args[1], args[2]).installPlugin(new SqlObjectPlugin());
        int accounts = Integer.parseInt(args[3]);
        PasswordHash hash = new Argon2idPasswordHasher(Argon2Settings.OWASP_MINIMUM)
                .hash(new ClearTextPassword(args[4]));
        Path out = Files.createDirectories(Path.of(args[5]));
        long started = System.nanoTime();
        seed(jdbi, accounts, hash, out);
        System.out.printf(Locale.ROOT, "Seeded %d accounts with one session each in %d ms%n",
                accounts, (System.nanoTime() - started) / 1_000_000);
    }

    private static void seed(Jdbi jdbi, int accounts, PasswordHash hash, Path out) throws IOException {
        JdbiUsers users = new JdbiUsers(jdbi);
        JdbiSessions sessions = new JdbiSessions(jdbi);
        JdbiTransactionRunner transactions = new JdbiTransactionRunner(jdbi);
        SecureRandomTokens random = new SecureRandomTokens();
        try (BufferedWriter emails = Files.newBufferedWriter(out.resolve("emails.txt"));
             BufferedWriter tokens = Files.newBufferedWriter(out.resolve("tokens.txt"))) {
            for (int first = 0; first < accounts; first += BATCH) {
                Instant now = Instant.now();
                List<User> batchUsers = new ArrayList<>();
                List<Session> batchSessions = new ArrayList<>();
                for (int i = first; i < Math.min(accounts, first + BATCH); i++) {
                    // As an account is once its registration's code proved the address: active, proven.
                    User user = User.rebuild(random.newUserId(),
                            new EmailAddress(String.format(Locale.ROOT, "bench-%06d@example.org", i)), Set.of(Role.USER),
                            AccountStatus.ACTIVE, now, null, null, hash, true, false, null);
                    SessionToken token = random.newSessionToken();
                    batchUsers.add(user);
                    batchSessions.add(Session.start(random.newSessionId(), user.id(), token.hash(), now, false,
                            SessionLifetime.DEFAULT, "gatehouse-bench"));
                    emails.write(user.email().value());
                    emails.newLine();
                    tokens.write(token.value());
                    tokens.newLine();
                }
                transactions.inTransaction(() -> {
                    batchUsers.forEach(users::add);
                    batchSessions.forEach(sessions::add);
                });
            }
        }
    }
}
