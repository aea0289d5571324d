package dev.gatehouse.bootstrap.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's Markdown documentation, found from the module directory a test runs in (Maven
 * runs each module's tests there, so the repository root is its parent).
 */
final class RepositoryDocs {

    private RepositoryDocs() {
    }

    /** The repository root: the nearest directory upwards that holds both README.md and docs/. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("README.md")) && Files.isDirectory(candidate.resolve("docs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no README.md with a docs/ directory above " + dir);
    }

    /** README.md and every Markdown file under docs/. */
    static List<Path> markdownFiles() {
        Path root = root();
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            return Stream.concat(Stream.of(root.resolve("README.md")),
                            docs.filter(path -> path.getFileName().toString().endsWith(".md")).sorted())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with fenced code blocks blanked out, line numbers kept: links and headings there are code. */
    static List<String> linesOutsideCode(String markdown) {
        List<String> lines = markdown.lines().toList();
        boolean inFence = false;
        String[] kept = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                kept[i] = "";
            } else {
                kept[i] = inFence ? "" : line;
            }
        }
        return List.of(kept);
    }
}
