package dev.gatehouse.domain.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords too common to accept, compared without regard to letter case. The bundled list is
 * drawn from the SecLists "10 million passwords" top-1M list (CC BY-SA 3.0): its 10,000 most
 * frequent entries plus every entry of twelve or more characters, since those are the ones that
 * pass the length rule and so are the ones this check exists for.
 */
public final class CommonPasswords {

    static final String BUNDLED_RESOURCE = "common-passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    public static CommonPasswords of(Collection<String> passwords) {
        Set<String> normalised = new HashSet<>();
        passwords.forEach(p -> normalised.add(normalise(p)));
        return new CommonPasswords(Set.copyOf(normalised));
    }

    public static CommonPasswords bundled() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled common-password list is missing: " + BUNDLED_RESOURCE);
            }
            Set<String> passwords = new HashSet<>(80_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty()) {
                        passwords.add(normalise(line));
                    }
                }
            }
            return new CommonPasswords(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(ClearTextPassword password) {
        return passwords.contains(normalise(password.value()));
    }

    public int size() {
        return passwords.size();
    }

    private static String normalise(String password) {
        return password.toLowerCase(Locale.ROOT);
    }
}
