package dev.gatehouse.web.api;

import dev.gatehouse.web.http.SecurityHeadersFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The OpenAPI document as a browsable reference for integrators: Swagger UI, from its webjar, served
 * by the app itself (no CDN), started by a script file of ours ({@value #INITIALIZER}) rather than an
 * inline one, so the page keeps the pages' Content-Security-Policy. Without JavaScript it links to
 * the document.
 */
@Path("/api/docs")
public final class ApiDocsResource {

    static final String INITIALIZER = "/static/api-docs.js";

    private final String page;

    public ApiDocsResource() {
        String swaggerUi = "/webjars/swagger-ui/" + swaggerUiVersion();
        this.page = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Gatehouse API reference</title>
                <link rel="stylesheet" href="%1$s/swagger-ui.css">
                </head>
                <body>
                <div id="swagger-ui" data-openapi-url="/api/openapi.json">
                <noscript><p>This reference needs JavaScript. The OpenAPI document it shows:
                <a href="/api/openapi.json">/api/openapi.json</a>.</p></noscript>
                </div>
                <script src="%1$s/swagger-ui-bundle.js"></script>
                <script src="%2$s"></script>
                </body>
                </html>
                """.formatted(swaggerUi, INITIALIZER);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        // The pages' policy (our own scripts and styles only), not the API's, which allows nothing.
        return Response.ok(page).header("Content-Security-Policy", SecurityHeadersFilter.PAGE_CONTENT_SECURITY_POLICY)
                .build();
    }

    private static String swaggerUiVersion() {
        String resource = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
        try (InputStream in = ApiDocsResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("webjar missing from the classpath: org.webjars:swagger-ui");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
