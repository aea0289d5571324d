package dev.gatehouse.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in README.md and docs/ leads somewhere: to a file inside the repository, and
 * with a {@code #fragment} to a heading of it (anchors made from headings as GitHub makes them).
 */
class DocumentationLinksTest {

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.*?)\\s*");
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    @Test
    void everyRelativeLinkPointsAtAFileOfTheRepositoryAndAHeadingOfIt() {
        Path root = RepositoryDocs.root();
        List<String> broken = new ArrayList<>();
        for (Path file : RepositoryDocs.markdownFiles()) {
            List<String> lines = RepositoryDocs.linesOutsideCode(RepositoryDocs.read(file));
            for (int i = 0; i < lines.size(); i++) {
                Matcher link = LINK_TARGET.matcher(CODE_SPAN.matcher(lines.get(i)).replaceAll("``"));
                while (link.find()) {
                    String where = root.relativize(file) + ":" + (i + 1) + " ";
                    problem(root, file, link.group(1)).ifPresent(why -> broken.add(where + why));
                }
            }
        }
        assertThat(RepositoryDocs.markdownFiles()).hasSizeGreaterThan(1);
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void catchesAMissingFileAMissingHeadingAndAPathOutOfTheRepository() {
        Path root = RepositoryDocs.root();
        Path readme = root.resolve("README.md");
        assertThat(problem(root, readme, "docs/api.md#post-apisessions")).isEmpty();
        assertThat(problem(root, readme, "https://example.org/nowhere")).isEmpty();
        assertThat(problem(root, readme, "docs/no-such-page.md")).hasValueSatisfying(why -> assertThat(why).contains("does not exist"));
        assertThat(problem(root, readme, "docs/api.md#no-such-heading")).hasValueSatisfying(why -> assertThat(why).contains("no such heading"));
        assertThat(problem(root, readme, "../elsewhere/README.md")).hasValueSatisfying(why -> assertThat(why).contains("leaves the repository"));
    }

    @Test
    void makesAnchorsAsGitHubDoes() {
        assertThat(anchors("# Title\n## `POST /api/login-codes/verify`\n## Why *this*, and not that?\n"
                + "```sh\n# a comment, no heading\n```\n## Sessions\n## Sessions\n"))
                .containsExactly("title", "post-apilogin-codesverify", "why-this-and-not-that", "sessions", "sessions-1");
    }

    private static Optional<String> problem(Path root, Path file, String target) {
        if (SCHEME.matcher(target).matches()) {
            return Optional.empty(); // http:, https:, mailto: lead out of the repository on purpose
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path linked = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!linked.startsWith(root)) {
            return Optional.of(target + " leaves the repository");
        }
        if (!Files.exists(linked)) {
            return Optional.of(target + " does not exist");
        }
        if (hash >= 0 && linked.getFileName().toString().endsWith(".md")
                && !anchors(RepositoryDocs.read(linked)).contains(target.substring(hash + 1))) {
            return Optional.of(target + ": no such heading");
        }
        return Optional.empty();
    }

    /** GitHub's anchors: the heading's text lower-cased, punctuation dropped, spaces made hyphens, repeats numbered. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : RepositoryDocs.linesOutsideCode(markdown)) {
            Matcher heading = HEADING.matcher(line);
            if (!heading.matches()) {
                continue;
            }
            StringBuilder slug = new StringBuilder();
            heading.group(1).toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
                if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                    slug.appendCodePoint(c);
                } else if (c == ' ') {
                    slug.append('-');
                }
            });
            int repeat = seen.merge(slug.toString(), 1, Integer::sum) - 1;
            anchors.add(repeat == 0 ? slug.toString() : slug + "-" + repeat);
        }
        return anchors;
    }
}
