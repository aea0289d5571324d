package dev.gatehouse.domain.article;

import java.util.Optional;
import java.util.regex.Pattern;

/** The number of an article. */
public record ArticleId(int value) {

    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,8}");

    public ArticleId {
        if (value < 1) {
            throw new IllegalArgumentException("article ids start at 1");
        }
    }

    /** An id as a client wrote it; anything but a positive number is no article at all. */
    public static Optional<ArticleId> parse(String presented) {
        if (presented == null || !DIGITS.matcher(presented).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ArticleId(Integer.parseInt(presented)));
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
