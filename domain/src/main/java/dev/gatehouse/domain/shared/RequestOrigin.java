package dev.gatehouse.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a request came from: the client address the throttles count and the audit trail records,
 * and the user agent the client claims, kept only to label sessions and audit rows. The address
 * is what the web adapter resolved (the socket peer, or the forwarded client behind a trusted
 * proxy); requests that did not come over the network, such as an operator's command, name
 * themselves instead.
 */
public record RequestOrigin(String clientAddress, Optional<String> userAgent) {

    public static final int MAX_ADDRESS_LENGTH = 64;
    public static final int MAX_USER_AGENT_LENGTH = 255;

    private static final RequestOrigin COMMAND_LINE = new RequestOrigin("command-line", Optional.empty());

    public RequestOrigin {
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(userAgent, "userAgent");
        if (clientAddress.isBlank() || clientAddress.length() > MAX_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("a client address is 1 to " + MAX_ADDRESS_LENGTH + " characters");
        }
        userAgent = userAgent.map(RequestOrigin::printable).filter(agent -> !agent.isEmpty());
    }

    public static RequestOrigin of(String clientAddress, String userAgent) {
        return new RequestOrigin(clientAddress, Optional.ofNullable(userAgent));
    }

    /** An operator's command run on the server, such as {@code create-admin}. */
    public static RequestOrigin commandLine() {
        return COMMAND_LINE;
    }

    /** Any text a client sends is shown to admins later: control characters go, and the length is capped. */
    private static String printable(String agent) {
        StringBuilder kept = new StringBuilder(Math.min(agent.length(), MAX_USER_AGENT_LENGTH));
        agent.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .takeWhile(c -> kept.length() + Character.charCount(c) <= MAX_USER_AGENT_LENGTH)
                .forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }
}
