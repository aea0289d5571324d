package dev.gatehouse.mail;

import java.util.List;
import java.util.Optional;

/**
 * A name a person recognises for the browser a request came from ("Firefox on Windows"), read from its
 * User-Agent. Only a label in a message: a client may claim any agent, so nothing is decided by it.
 * The name is always one of the fixed labels below, never text taken from the agent, so a crafted
 * User-Agent cannot put words or links into a mail.
 */
final class BrowserName {

    static final String UNKNOWN = "an unknown browser";
    static final String UNNAMED = "an unknown browser (it did not name itself)";

    /**
     * Order matters: most browsers also claim to be others (Edge and Opera claim Chrome, Chrome claims
     * Safari, every one claims Mozilla), so the most particular marker comes first.
     */
    private static final List<Label> BROWSERS = List.of(
            new Label("Edg/", "Edge"), new Label("EdgA/", "Edge"), new Label("EdgiOS/", "Edge"),
            new Label("Edge/", "Edge"),
            new Label("OPR/", "Opera"), new Label("OPiOS/", "Opera"), new Label("OPT/", "Opera"),
            new Label("Opera", "Opera"),
            new Label("SamsungBrowser/", "Samsung Internet"), new Label("Vivaldi/", "Vivaldi"),
            new Label("YaBrowser/", "Yandex Browser"),
            new Label("Firefox/", "Firefox"), new Label("FxiOS/", "Firefox"),
            new Label("Chromium/", "Chromium"), new Label("Chrome/", "Chrome"), new Label("CriOS/", "Chrome"),
            new Label("Safari/", "Safari"),
            new Label("Trident/", "Internet Explorer"), new Label("MSIE ", "Internet Explorer"));

    /** Programs that are not web browsers: named so, since their owner may not recognise them at all. */
    private static final List<Label> PROGRAMS = List.of(
            new Label("curl/", "curl"), new Label("Wget/", "Wget"), new Label("PostmanRuntime/", "Postman"),
            new Label("insomnia/", "Insomnia"), new Label("HTTPie/", "HTTPie"),
            new Label("python-requests/", "a Python program"), new Label("Python-urllib/", "a Python program"),
            new Label("python-httpx/", "a Python program"), new Label("aiohttp/", "a Python program"),
            new Label("Java-http-client/", "a Java program"), new Label("Apache-HttpClient/", "a Java program"),
            new Label("okhttp/", "a Java program"), new Label("Go-http-client/", "a Go program"),
            new Label("node-fetch", "a Node.js program"), new Label("axios/", "a Node.js program"),
            new Label("undici", "a Node.js program"));

    /** Android and iOS before Linux and macOS: their agents also name those. */
    private static final List<Label> SYSTEMS = List.of(
            new Label("Android", "Android"), new Label("iPhone", "iPhone"), new Label("iPad", "iPad"),
            new Label("iPod", "iPod"), new Label("Windows", "Windows"), new Label("CrOS", "ChromeOS"),
            new Label("Macintosh", "macOS"), new Label("Mac OS X", "macOS"), new Label("FreeBSD", "FreeBSD"),
            new Label("Linux", "Linux"));

    private BrowserName() {
    }

    static String of(Optional<String> userAgent) {
        String agent = userAgent.map(String::strip).orElse("");
        if (agent.isEmpty()) {
            return UNNAMED;
        }
        Optional<String> program = first(PROGRAMS, agent);
        if (program.isPresent()) {
            return program.get() + " (not a web browser)";
        }
        Optional<String> browser = first(BROWSERS, agent);
        Optional<String> system = first(SYSTEMS, agent);
        String named = browser.orElse(UNKNOWN);
        return system.map(name -> named + " on " + name).orElse(named);
    }

    private static Optional<String> first(List<Label> labels, String agent) {
        return labels.stream().filter(label -> agent.contains(label.marker())).map(Label::name).findFirst();
    }

    private record Label(String marker, String name) {}
}
