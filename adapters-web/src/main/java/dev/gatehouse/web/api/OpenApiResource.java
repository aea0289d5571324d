package dev.gatehouse.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI 3.1 description of the JSON API to integrators, unauthenticated. The document
 * is kept by hand next to this class ({@value #DOCUMENT}); a full-app test checks that it names
 * every resource method under {@code /api} and that real responses conform to it.
 */
@Path("/api/openapi.json")
public final class OpenApiResource {

    public static final String DOCUMENT = "openapi.json";

    private final byte[] document;

    public OpenApiResource() {
        this.document = load();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] document() {
        return document.clone();
    }

    private static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
