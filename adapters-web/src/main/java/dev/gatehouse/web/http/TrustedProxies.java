package dev.gatehouse.web.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For} is believed: addresses or CIDR blocks such as
 * {@code 10.0.0.0/8} or {@code fd00::/8}. Empty by default, so a client cannot choose the address
 * it is throttled and audited under by sending the header itself.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** @throws IllegalArgumentException for an entry that is not an IP literal or CIDR block */
    public static TrustedProxies of(List<String> entries) {
        return new TrustedProxies(entries.stream().map(TrustedProxies::block).toList());
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean trusts(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    /** Whether the socket peer, as the servlet container names it, is one of the trusted proxies. */
    public boolean trustsPeer(String peer) {
        return peer != null && literal(peer).map(this::trusts).orElse(false);
    }

    /**
     * An IP literal, parsed without ever asking DNS: a header may say anything, and a lookup per
     * request would let a client make the server resolve names of its choosing.
     */
    static Optional<InetAddress> literal(String text) {
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
    }

    private static Block block(String entry) {
        String[] parts = entry.strip().split("/", 2);
        InetAddress network = literal(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR block: " + entry));
        int bits = network.getAddress().length * 8;
        int prefix = bits;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException notANumber) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("not a prefix length for " + parts[0] + ": " + parts[1]);
            }
        }
        return new Block(network.getAddress(), prefix);
    }

    private record Block(byte[] network, int prefix) {

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - prefix;
            return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }
}
