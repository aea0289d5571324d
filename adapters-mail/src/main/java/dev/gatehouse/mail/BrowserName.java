package dev.gatehouse.mail;

import java.util.List;
import java.util.Optional;

/**
 * A name a person recognises for the browser a request came from ("Firefox on Windows"), read from its
 * User-Agent. Only a label in a message: a client may claim any agent, so nothing is decided by it.
 */
final class BrowserName {

    private static final String UNKNOWN = "an unrecognised browser";

    /** Order matters: Edge and Opera also claim to be Chrome, Chrome claims to be Safari. */
    private static final List<Label> BROWSERS = List.of(
            new Label("Edg/", "Edge"), new Label("OPR/", "Opera"), new Label("Firefox/", "Firefox"),
            new Label("Chromium/", "Chromium"), new Label("Chrome/", "Chrome"), new Label("Safari/", "Safari"),
            new Label("curl/", "curl"));

    private static final List<Label> SYSTEMS = List.of(
            new Label("Android", "Android"), new Label("iPhone", "iPhone"), new Label("iPad", "iPad"),
            new Label("Windows", "Windows"), new Label("Mac OS X", "macOS"), new Label("CrOS", "ChromeOS"),
            new Label("Linux", "Linux"));

    private BrowserName() {
    }

    static String of(Optional<String> userAgent) {
        if (userAgent.isEmpty()) {
            return UNKNOWN;
        }
        String agent = userAgent.get();
        Optional<String> browser = first(BROWSERS, agent);
        Optional<String> system = first(SYSTEMS, agent);
        if (browser.isEmpty()) {
            return system.map(name -> "a browser on " + name).orElse(UNKNOWN);
        }
        return browser.get() + system.map(name -> " on " + name).orElse("");
    }

    private static Optional<String> first(List<Label> labels, String agent) {
        return labels.stream().filter(label -> agent.contains(label.marker())).map(Label::name).findFirst();
    }

    private record Label(String marker, String name) {}
}
