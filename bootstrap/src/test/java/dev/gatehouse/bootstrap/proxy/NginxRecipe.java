package dev.gatehouse.bootstrap.proxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The nginx recipe of docs/forward-auth.md, read out of the document itself so that what the test
 * runs is what people copy. Only the addresses' port numbers change (and nginx listens on loopback).
 */
public final class NginxRecipe {

    static final Path DOCUMENT = Path.of("..", "docs", "forward-auth.md");
    private static final String START = "```nginx\nupstream gatehouse {";
    private static final String DOCUMENTED_GATEHOUSE = "server 127.0.0.1:8080;";
    private static final String DOCUMENTED_APP = "server 127.0.0.1:3000;";
    private static final String DOCUMENTED_LISTEN = "listen 80;";

    private NginxRecipe() {
    }

    /** The recipe, verbatim, as documented. */
    public static String documented() {
        try {
            String document = Files.readString(DOCUMENT);
            int start = document.indexOf(START);
            if (start < 0) {
                throw new IllegalStateException(DOCUMENT + " has no nginx recipe starting with " + START);
            }
            int body = start + "```nginx\n".length();
            return document.substring(body, document.indexOf("```", body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recipe with the test's ports in place of the documented ones. */
    public static String withPorts(int listen, int gatehouse, int app) {
        String recipe = documented();
        for (String documented : new String[] {DOCUMENTED_GATEHOUSE, DOCUMENTED_APP, DOCUMENTED_LISTEN}) {
            if (!recipe.contains(documented)) {
                throw new IllegalStateException("the nginx recipe no longer contains " + documented);
            }
        }
        return recipe.replace(DOCUMENTED_GATEHOUSE, "server 127.0.0.1:" + gatehouse + ";")
                .replace(DOCUMENTED_APP, "server 127.0.0.1:" + app + ";")
                .replace(DOCUMENTED_LISTEN, "listen 127.0.0.1:" + listen + ";");
    }
}
