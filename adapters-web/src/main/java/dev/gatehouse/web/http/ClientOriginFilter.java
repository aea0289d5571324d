package dev.gatehouse.web.http;

import dev.gatehouse.domain.shared.RequestOrigin;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out where each request comes from, once, before anything else reads it: the socket peer,
 * or, when the peer is a trusted proxy, the nearest address in {@code X-Forwarded-For} that is
 * not itself a trusted proxy. The header is read from the right, the end the trusted proxies
 * wrote, so whatever a client put at its start is never reached.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class ClientOriginFilter implements ContainerRequestFilter {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final TrustedProxies trustedProxies;

    @Context
    private HttpServletRequest servletRequest;

    public ClientOriginFilter(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String peer = servletRequest.getRemoteAddr();
        String client = clientAddress(peer, request.getHeaders().get(FORWARDED_FOR));
        RequestOrigins.set(request, RequestOrigin.of(client, request.getHeaderString(HttpHeaders.USER_AGENT)));
    }

    String clientAddress(String peer, List<String> forwardedFor) {
        Optional<InetAddress> hop = TrustedProxies.literal(peer);
        if (hop.isEmpty() || !trustedProxies.trusts(hop.get()) || forwardedFor == null) {
            return normalised(peer, hop);
        }
        List<String> chain = hops(forwardedFor);
        String client = normalised(peer, hop);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> previous = TrustedProxies.literal(chain.get(i));
            if (previous.isEmpty()) {
                // A trusted proxy passed on something that is no address: the last good hop is all we know.
                return client;
            }
            client = previous.get().getHostAddress();
            if (!trustedProxies.trusts(previous.get())) {
                return client;
            }
        }
        return client;
    }

    private static List<String> hops(List<String> headerValues) {
        List<String> hops = new ArrayList<>();
        for (String value : headerValues) {
            for (String hop : value.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }

    /** The textual form Java gives an address, so one client is one key however it was written. */
    private static String normalised(String peer, Optional<InetAddress> parsed) {
        return parsed.map(InetAddress::getHostAddress).orElse(peer);
    }
}
