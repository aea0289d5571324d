package dev.gatehouse.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.web.api.OpenApiResource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md describes every operation of the OpenAPI document the service serves, one heading
 * each, written exactly {@code ### `METHOD /path`}, and no operation the document does not have.
 * Sections for new endpoints are merged in from other documents, so the format is held exactly.
 */
class ApiReferenceTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern ENDPOINT_HEADING = Pattern.compile("### `([A-Z]+) (/\\S+)`");

    @Test
    void everyOperationOfTheOpenApiDocumentHasItsHeadingAndEveryHeadingAnOperation() throws IOException {
        Set<String> documented = operationsInTheOpenApiDocument();
        List<String> headings = endpointHeadings();

        assertThat(documented).as("operations in openapi.json").isNotEmpty();
        assertThat(headings).as("endpoint headings in docs/api.md, each once").doesNotHaveDuplicates();
        assertThat(documented.stream().filter(operation -> !headings.contains(operation)))
                .as("operations of openapi.json without a heading ### `METHOD /path` in docs/api.md").isEmpty();
        assertThat(headings.stream().filter(heading -> !documented.contains(heading)))
                .as("headings of docs/api.md naming no operation of openapi.json").isEmpty();
    }

    @Test
    void everyEndpointLikeHeadingHasTheExactFormat() {
        List<String> malformed = new ArrayList<>();
        for (String line : apiMarkdownOutsideCode()) {
            boolean looksLikeAnEndpoint = line.startsWith("#") && line.contains("`")
                    && Pattern.compile("\\b(GET|PUT|POST|DELETE|PATCH)\\b").matcher(line).find();
            if (looksLikeAnEndpoint && !ENDPOINT_HEADING.matcher(line).matches()) {
                malformed.add(line);
            }
        }
        assertThat(malformed).as("headings naming an endpoint but not written ### `METHOD /path`").isEmpty();
    }

    private static List<String> endpointHeadings() {
        List<String> headings = new ArrayList<>();
        for (String line : apiMarkdownOutsideCode()) {
            Matcher heading = ENDPOINT_HEADING.matcher(line);
            if (heading.matches()) {
                headings.add(heading.group(1) + " " + heading.group(2));
            }
        }
        return headings;
    }

    private static List<String> apiMarkdownOutsideCode() {
        return RepositoryDocs.linesOutsideCode(RepositoryDocs.read(RepositoryDocs.root().resolve("docs/api.md")));
    }

    private static Set<String> operationsInTheOpenApiDocument() throws IOException {
        JsonNode document;
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            document = new ObjectMapper().readTree(in);
        }
        Set<String> operations = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(key -> {
            if (METHODS.contains(key)) {
                operations.add(key.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }
}
