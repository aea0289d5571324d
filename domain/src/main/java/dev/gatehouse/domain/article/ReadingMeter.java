package dev.gatehouse.domain.article;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The articles one session has read, against its allowance of free reads. Reading an article
 * already read costs nothing; a new one is refused once the allowance is spent. Stored in the
 * session's own data as the ids in ascending order, comma-separated ({@code "2,5,9"}), so it stays
 * as small as the allowance.
 */
public final class ReadingMeter {

    public static final int MAX_ALLOWANCE = 100;

    private final int allowance;
    private final Set<Integer> read;

    private ReadingMeter(int allowance, Set<Integer> read) {
        if (allowance < 0 || allowance > MAX_ALLOWANCE) {
            throw new IllegalArgumentException("an allowance is 0 to " + MAX_ALLOWANCE + " reads");
        }
        this.allowance = allowance;
        this.read = Collections.unmodifiableSet(new TreeSet<>(read));
    }

    public static ReadingMeter fresh(int allowance) {
        return new ReadingMeter(allowance, Set.of());
    }

    /**
     * The meter as stored; what cannot be read back (a value written by something else) counts as
     * nothing read, and never more ids than the allowance are taken.
     */
    public static ReadingMeter parse(String stored, int allowance) {
        Objects.requireNonNull(stored, "stored");
        Set<Integer> ids = new TreeSet<>();
        for (String part : stored.split(",")) {
            ArticleId.parse(part.strip()).ifPresent(id -> ids.add(id.value()));
        }
        return new ReadingMeter(allowance, ids.stream().limit(allowance).collect(Collectors.toSet()));
    }

    /** This meter after the session opens {@code article}: counted if new and allowed, otherwise unchanged. */
    public ReadingMeter reading(ArticleId article) {
        if (hasRead(article) || read.size() >= allowance) {
            return this;
        }
        Set<Integer> more = new TreeSet<>(read);
        more.add(article.value());
        return new ReadingMeter(allowance, more);
    }

    public boolean hasRead(ArticleId article) {
        return read.contains(article.value());
    }

    public int reads() {
        return read.size();
    }

    public int allowance() {
        return allowance;
    }

    public String format() {
        return read.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
