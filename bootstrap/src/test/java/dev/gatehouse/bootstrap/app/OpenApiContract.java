package dev.gatehouse.bootstrap.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import dev.gatehouse.web.api.OpenApiResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The served OpenAPI document as a test oracle. {@link TestHttpClient} hands it every {@code /api}
 * response the full-app tests receive, so each of those tests also checks that the answer is one
 * the document describes: a documented status for the operation, its media type, and a body valid
 * against its JSON Schema (draft 2020-12 in the OpenAPI 3.1 dialect, formats asserted), with no
 * field the schema does not name ({@link #closed}).
 */
final class OpenApiContract {

    private static final String DOCUMENT_IRI = "https://gatehouse.test/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig VALIDATION = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    /** The one document, shared by every test class in the JVM (declared after what it needs). */
    static final OpenApiContract DOCUMENT = new OpenApiContract(readDocument());

    /** A path of the document, e.g. {@code /api/sessions/{id}}, and the request paths it stands for. */
    record PathTemplate(String template, Pattern pattern, int parameters) {

        static PathTemplate of(String template) {
            String[] segments = template.split("/", -1);
            String regex = Arrays.stream(segments)
                    .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
                    .collect(Collectors.joining("/"));
            int parameters = (int) Arrays.stream(segments).filter(segment -> segment.startsWith("{")).count();
            return new PathTemplate(template, Pattern.compile(regex), parameters);
        }
    }

    private final String text;
    private final JsonNode document;
    private final List<PathTemplate> templates;
    private final JsonSchemaFactory schemas;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private OpenApiContract(String text) {
        this.text = text;
        this.document = parse(text);
        List<PathTemplate> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(path -> paths.add(PathTemplate.of(path)));
        // A literal path wins over a template that would also match it (as JAX-RS matches them).
        paths.sort(Comparator.comparingInt(PathTemplate::parameters));
        this.templates = List.copyOf(paths);
        this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(OpenApi31.getInstance())
                .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, closed(parse(text)).toString()))));
    }

    String text() {
        return text;
    }

    JsonNode document() {
        return document;
    }

    /** Every {@code "METHOD /path status"} the document describes. */
    Set<String> documentedResponses() {
        Set<String> all = new java.util.TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> operation.getValue().get("responses").fieldNames().forEachRemaining(status ->
                        all.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + status))));
        return all;
    }

    /**
     * Fails with every way in which the response differs from what the document promises.
     *
     * @return the documented response it is, as {@code "POST /api/sessions 201"}; empty for a
     *         router's 404 or 405 to a request that names no operation
     */
    Optional<String> check(String method, String pathAndQuery, Reply reply) {
        List<String> violations = new ArrayList<>();
        Optional<String> documented = check(method, pathAndQuery, reply, violations);
        if (!violations.isEmpty()) {
            throw new AssertionError("Response to " + method + " " + pathAndQuery + " (" + reply.status() + " "
                    + reply.contentType() + ") does not conform to openapi.json:\n  " + String.join("\n  ", violations)
                    + "\nBody: " + reply.body());
        }
        return documented;
    }

    private Optional<String> check(String method, String pathAndQuery, Reply reply, List<String> violations) {
        String path = pathAndQuery.split("\\?", 2)[0];
        // JAX-RS answers HEAD for every GET, with the GET's status and headers and no body.
        boolean head = method.equalsIgnoreCase("HEAD");
        String verb = head ? "get" : method.toLowerCase(Locale.ROOT);
        Optional<PathTemplate> template = templates.stream().filter(t -> t.pattern().matcher(path).matches()).findFirst();
        JsonNode operation = template.map(t -> document.get("paths").get(t.template()).get(verb)).orElse(null);
        if (operation == null) {
            // Not an endpoint: only the router's own refusals may answer, as problem documents.
            if ((reply.status() == 404 || reply.status() == 405) && !head) {
                violations.addAll(bodyViolations(reply, "application/problem+json", problemSchema()));
            } else if (reply.status() != 404 && reply.status() != 405) {
                violations.add("no operation " + method + " " + path + " in the document");
            }
            return Optional.empty();
        }
        String status = String.valueOf(reply.status());
        String documented = method.toUpperCase(Locale.ROOT) + " " + template.get().template() + " " + status;
        JsonNode response = operation.path("responses").get(status);
        if (response == null) {
            violations.add("status " + status + " is not documented for " + method + " " + template.get().template());
            return Optional.empty();
        }
        JsonNode content = resolve(response).get("content");
        if (head) {
            if (!reply.body().isEmpty()) {
                violations.add("a HEAD answer has a body");
            }
            return Optional.of(documented);
        }
        if (content == null) {
            if (!reply.body().isEmpty()) {
                violations.add("the document promises no body, but got one");
            }
            return Optional.of(documented);
        }
        String mediaType = mediaType(reply.contentType());
        JsonNode media = content.get(mediaType);
        if (media == null) {
            List<String> promised = new ArrayList<>();
            content.fieldNames().forEachRemaining(promised::add);
            violations.add("media type " + mediaType + " is not among " + promised);
            return Optional.of(documented);
        }
        if (!mediaType.endsWith("json")) {
            // A page (the API reference): its media type is what the document promises of it.
            return Optional.of(documented);
        }
        violations.addAll(bodyViolations(reply, mediaType,
                compiled.computeIfAbsent(documented + " " + mediaType, k -> compile(media.get("schema")))));
        return Optional.of(documented);
    }

    private List<String> bodyViolations(Reply reply, String expectedMediaType, JsonSchema schema) {
        String mediaType = mediaType(reply.contentType());
        if (!expectedMediaType.equals(mediaType)) {
            return List.of("media type " + mediaType + " where " + expectedMediaType + " is promised");
        }
        JsonNode body;
        try {
            body = JSON.readTree(reply.body());
        } catch (IOException notJson) {
            return List.of("the body is not JSON: " + notJson.getMessage());
        }
        return schema.validate(body).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private JsonSchema problemSchema() {
        return compiled.computeIfAbsent("problem", k -> compile(JSON.createObjectNode()
                .put("$ref", "#/components/schemas/Problem")));
    }

    /**
     * A schema from inside the document, validated in the document's context: its local references
     * ({@code #/components/...}) are made absolute, so they resolve against the whole document.
     */
    private JsonSchema compile(JsonNode schema) {
        JsonNode absolute = absoluteRefs(closed(schema.deepCopy()));
        return schemas.getSchema(SchemaLocation.of("https://gatehouse.test/checked-response"), absolute, VALIDATION);
    }

    /**
     * The document as the tests hold the server to it: every object schema closed to properties it
     * does not name. The published document leaves them open, since clients must tolerate fields a
     * later version adds; the server of this version must send none that are not documented.
     */
    private static JsonNode closed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(OpenApiContract::closed);
        } else if (node != null && node.isArray()) {
            node.forEach(OpenApiContract::closed);
        }
        return node;
    }

    private static JsonNode absoluteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asText().startsWith("#")) {
                object.put("$ref", DOCUMENT_IRI + ref.asText());
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                absoluteRefs(children.next());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(OpenApiContract::absoluteRefs);
        }
        return node;
    }

    /** A response object, or the one in {@code components} it refers to. */
    private JsonNode resolve(JsonNode response) {
        JsonNode ref = response.get("$ref");
        return ref == null ? response : document.at(ref.asText().substring(1));
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "(none)" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String readDocument() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
