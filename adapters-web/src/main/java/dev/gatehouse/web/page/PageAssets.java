package dev.gatehouse.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The URLs of the stylesheet and scripts every page loads, all served by the app itself (webjars
 * under {@code /webjars/}, our own files under {@code /static/}) so pages work with no internet.
 * The webjar versions are read from the jars on the classpath, so the root pom is the one place
 * that pins them.
 */
public record PageAssets(String picoStylesheet, String htmxScript, String ownStylesheet, String ownScript) {

    /** Where our own static files live on the classpath; bootstrap serves this directory at {@code /static/}. */
    public static final String STATIC_RESOURCES = "/dev/gatehouse/web/static";

    public static PageAssets fromClasspath() {
        return new PageAssets(
                "/webjars/picocss__pico/" + webjarVersion("picocss__pico") + "/css/pico.classless.min.css",
                "/webjars/htmx.org/" + webjarVersion("htmx.org") + "/dist/htmx.min.js",
                "/static/gatehouse.css",
                "/static/gatehouse.js");
    }

    private static String webjarVersion(String artifactId) {
        String resource = "/META-INF/maven/org.webjars.npm/" + artifactId + "/pom.properties";
        try (InputStream in = PageAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("webjar missing from the classpath: org.webjars.npm:" + artifactId);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
