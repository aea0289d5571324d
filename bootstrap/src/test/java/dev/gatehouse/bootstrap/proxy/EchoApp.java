package dev.gatehouse.bootstrap.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The app behind the gate, as small as one can be: every request is answered with a page that shows
 * the {@code X-Gatehouse-*} headers it came with, and a sign-out button built the way
 * docs/forward-auth.md tells apps to build it. It remembers what each request carried, so a test can
 * see what reached it and what did not.
 */
public final class EchoApp implements AutoCloseable {

    /** One request that reached the app: its path and the {@code X-Gatehouse-*} headers, names in lower case. */
    public record Seen(String path, Map<String, List<String>> gatehouseHeaders) {

        public String header(String name) {
            List<String> values = gatehouseHeaders.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join("|", values);
        }
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile String publicOrigin = "";

    private EchoApp(HttpServer server) {
        this.server = server;
    }

    public static EchoApp start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            EchoApp app = new EchoApp(server);
            server.createContext("/", app::answer);
            server.start();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where browsers reach the app (the proxy's origin), for the sign-out button's {@code return_to}. */
    public void servedAt(String origin) {
        this.publicOrigin = origin;
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, List<String>> gatehouse = exchange.getRequestHeaders().entrySet().stream()
                .filter(header -> header.getKey().toLowerCase(Locale.ROOT).startsWith("x-gatehouse-"))
                .collect(Collectors.toMap(header -> header.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        seen.add(new Seen(exchange.getRequestURI().toString(), gatehouse));
        String email = first(exchange, "X-Gatehouse-Email");
        String page = "<!doctype html><html><head><title>The app</title></head><body>"
                + "<h1>The app</h1>"
                + "<p id=\"email\">" + escape(email) + "</p>"
                + "<p id=\"roles\">" + escape(first(exchange, "X-Gatehouse-Roles")) + "</p>"
                + "<p id=\"user-id\">" + escape(first(exchange, "X-Gatehouse-User-Id")) + "</p>"
                + "<form method=\"post\" action=\"/logout\">"
                + "<input type=\"hidden\" name=\"csrf_token\" value=\"" + escape(first(exchange, "X-Gatehouse-Csrf-Token")) + "\">"
                + "<input type=\"hidden\" name=\"return_to\" value=\"" + escape(publicOrigin + "/app/") + "\">"
                + "<button type=\"submit\">Sign out</button></form>"
                + "</body></html>";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String first(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
