package dev.gatehouse.mail;

import dev.gatehouse.application.port.out.BrowserNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua_parser.Parser;

/**
 * Browser names read with ua-parser (uap-java, the regexes of the uap-core project): it knows which
 * of the names an agent claims is the real one (Edge and Opera claim Chrome, Chrome claims Safari,
 * every one claims Mozilla) for far more browsers and systems than a table of our own would. What
 * it finds is then looked up in fixed tables of the names people know, so the answer is never text
 * from the agent: anything else is "an unknown browser". Programs that are no web browser at all
 * are named as such first, from their own markers, since uap-core files most of them under "Other".
 *
 * <p>One parser for the process ({@link #shared()}): it compiles about a thousand patterns once,
 * and is safe to use from many threads (every parse makes its own matchers).
 */
public final class UapBrowserNames implements BrowserNames {

    static final String UNKNOWN = "an unknown browser";
    static final String UNNAMED = "an unknown browser (it did not name itself)";
    /** Longer agents are cut before parsing: no real browser sends more, and patterns stay fast. */
    static final int MAX_AGENT_LENGTH = 512;

    private static final Map<String, String> BROWSERS = Map.ofEntries(
            Map.entry("Chrome", "Chrome"), Map.entry("Chrome Mobile", "Chrome"), Map.entry("Chrome Mobile iOS", "Chrome"),
            Map.entry("Chrome Mobile WebView", "Chrome"), Map.entry("HeadlessChrome", "Chrome"),
            Map.entry("Chromium", "Chromium"),
            Map.entry("Firefox", "Firefox"), Map.entry("Firefox Mobile", "Firefox"), Map.entry("Firefox iOS", "Firefox"),
            Map.entry("Firefox Beta", "Firefox"), Map.entry("Firefox Alpha", "Firefox"),
            Map.entry("Safari", "Safari"), Map.entry("Mobile Safari", "Safari"),
            Map.entry("Mobile Safari UI/WKWebView", "Safari"),
            Map.entry("Edge", "Edge"), Map.entry("Edge Mobile", "Edge"),
            Map.entry("Opera", "Opera"), Map.entry("Opera Mobile", "Opera"), Map.entry("Opera Mini", "Opera"),
            Map.entry("Opera Coast", "Opera"), Map.entry("Opera Neon", "Opera"),
            Map.entry("Samsung Internet", "Samsung Internet"), Map.entry("Vivaldi", "Vivaldi"),
            Map.entry("Yandex Browser", "Yandex Browser"), Map.entry("Brave", "Brave"),
            Map.entry("DuckDuckGo Mobile", "DuckDuckGo"), Map.entry("UC Browser", "UC Browser"),
            Map.entry("QQ Browser", "QQ Browser"), Map.entry("QQ Browser Mobile", "QQ Browser"),
            Map.entry("Whale", "Whale"), Map.entry("Amazon Silk", "Silk"), Map.entry("Pale Moon", "Pale Moon"),
            Map.entry("Coc Coc", "Coc Coc"), Map.entry("MiuiBrowser", "Mi Browser"), Map.entry("Konqueror", "Konqueror"),
            Map.entry("Epiphany", "Epiphany"), Map.entry("SeaMonkey", "SeaMonkey"),
            Map.entry("IE", "Internet Explorer"), Map.entry("IE Mobile", "Internet Explorer"));

    private static final Map<String, String> SYSTEMS = Map.ofEntries(
            Map.entry("Windows", "Windows"), Map.entry("Mac OS X", "macOS"), Map.entry("Android", "Android"),
            Map.entry("iOS", "iOS"), Map.entry("Chrome OS", "ChromeOS"), Map.entry("Linux", "Linux"),
            Map.entry("Ubuntu", "Linux"), Map.entry("Debian", "Linux"), Map.entry("Fedora", "Linux"),
            Map.entry("Red Hat", "Linux"), Map.entry("Mint", "Linux"), Map.entry("Arch Linux", "Linux"),
            Map.entry("FreeBSD", "FreeBSD"), Map.entry("OpenBSD", "OpenBSD"), Map.entry("KaiOS", "KaiOS"));

    /** Apple's devices say more than "iOS". */
    private static final Map<String, String> APPLE_DEVICES = Map.of("iPhone", "iPhone", "iPad", "iPad", "iPod", "iPod");

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

    private static final class Holder {
        private static final UapBrowserNames SHARED = new UapBrowserNames(new Parser());
    }

    private final Parser parser;

    private UapBrowserNames(Parser parser) {
        this.parser = parser;
    }

    /** The one instance, its parser built on first use. */
    public static UapBrowserNames shared() {
        return Holder.SHARED;
    }

    @Override
    public String nameOf(Optional<String> userAgent) {
        String agent = userAgent.map(String::strip).orElse("");
        if (agent.isEmpty()) {
            return UNNAMED;
        }
        if (agent.length() > MAX_AGENT_LENGTH) {
            agent = agent.substring(0, MAX_AGENT_LENGTH);
        }
        String given = agent;
        Optional<String> program = PROGRAMS.stream().filter(label -> given.contains(label.marker()))
                .map(Label::name).findFirst();
        if (program.isPresent()) {
            return program.get() + " (not a web browser)";
        }
        String browser = BROWSERS.getOrDefault(parser.parseUserAgent(agent).family, UNKNOWN);
        return system(agent).map(name -> browser + " on " + name).orElse(browser);
    }

    private Optional<String> system(String agent) {
        Optional<String> system = Optional.ofNullable(SYSTEMS.get(parser.parseOS(agent).family));
        if (system.filter("iOS"::equals).isPresent()) {
            return Optional.of(APPLE_DEVICES.getOrDefault(parser.parseDevice(agent).family, "iOS"));
        }
        return system;
    }

    private record Label(String marker, String name) {}
}
