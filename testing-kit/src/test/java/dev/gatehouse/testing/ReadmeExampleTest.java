package dev.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The documented example (docs/testing-kit.md) is the example test itself, so the documented usage is the tested one. */
class ReadmeExampleTest {

    private static final String SECTION = "## The example test";
    private static final Path EXAMPLE = Path.of("src/test/java/com/example/integration/SignInAgainstGatehouseTest.java");

    @Test
    void theKitsPageShowsTheExampleConsumerTestUnchanged() throws Exception {
        String readme = Files.readString(Path.of("..", "docs", "testing-kit.md"));
        assertThat(readme).contains(SECTION);
        String section = readme.substring(readme.indexOf(SECTION));
        int start = section.indexOf("```java\n") + "```java\n".length();
        String snippet = section.substring(start, section.indexOf("```\n", start));

        assertThat(snippet).isEqualTo(Files.readString(EXAMPLE));
    }
}
