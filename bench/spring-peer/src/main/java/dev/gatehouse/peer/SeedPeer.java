package dev.gatehouse.peer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the benchmark's accounts and sessions into the running peer's database with the same
 * components the peer uses ({@link JdbcUserDetailsManager}, {@link JdbcIndexedSessionRepository}
 * with its defaults), so the rows are what a registration and a sign-in would have written: the
 * session holds the security context that {@code POST /api/sessions} saves. Signing in 10,000 times
 * over HTTP would cost 10,000 Argon2id hashes; the password is hashed once and that hash stored for
 * every account, as Gatehouse's seeder does.
 *
 * <p>Writes {@code emails.txt} and {@code tokens.txt} (the i-th session id for the i-th address).
 *
 * <p>Run from the peer's jar: {@code java -cp spring-peer.jar -Dloader.main=dev.gatehouse.peer.SeedPeer
 * org.springframework.boot.loader.launch.PropertiesLauncher <jdbc-url> <db-user> <db-password>
 * <accounts> <account-password> <out-dir>}
 */
public final class SeedPeer {

    private static final int BATCH = 500;

    private SeedPeer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: SeedPeer <jdbc-url> <db-user> <db-password> <accounts> <account-password> <out-dir>");
            System.exit(2);
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0], args[1], args[2]);
        int accounts = Integer.parseInt(args[3]);
        String hash = new SecurityConfiguration().passwordEncoder().encode(args[4]);
        Path out = Files.createDirectories(Path.of(args[5]));
        long started = System.nanoTime();
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        JdbcUserDetailsManager users = new JdbcUserDetailsManager(dataSource);
        JdbcIndexedSessionRepository sessions =
                new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource), transactions);
        try (BufferedWriter emails = Files.newBufferedWriter(out.resolve("emails.txt"));
             BufferedWriter tokens = Files.newBufferedWriter(out.resolve("tokens.txt"))) {
            for (int first = 0; first < accounts; first += BATCH) {
                int last = Math.min(accounts, first + BATCH);
                int from = first;
                transactions.executeWithoutResult(status -> {
                    for (int i = from; i < last; i++) {
                        String email = String.format(Locale.ROOT, "bench-%06d@example.org", i);
                        users.createUser(User.withUsername(email).password(hash).roles("USER").build());
                        String id = signedIn(sessions, email);
                        write(emails, email);
                        write(tokens, id);
                    }
                });
            }
        }
        System.out.printf(Locale.ROOT, "Seeded %d accounts with one session each in %d ms%n",
                accounts, (System.nanoTime() - started) / 1_000_000);
    }

    /** The session a sign-in leaves: the authenticated user, credentials erased, in a security context. */
    private static <S extends Session> String signedIn(SessionRepository<S> sessions, String email) {
        UserDetails principal = User.withUsername(email).password("").roles("USER").build();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authentication.eraseCredentials();
        S session = sessions.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        sessions.save(session);
        return session.getId();
    }

    private static void write(BufferedWriter writer, String line) {
        try {
            writer.write(line);
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
