package dev.gatehouse.domain.throttle;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What one client is counted as by the per-client throttles: an IPv4 address as it is, and an IPv6
 * address by its /64. One IPv6 subscriber is routinely handed a whole /64 and picks any address in
 * it at will, so counting single IPv6 addresses would give one client 2^64 fresh budgets. An
 * IPv4-mapped address ({@code ::ffff:192.0.2.1}) is the IPv4 client it maps. Anything that is no IP
 * literal (an operator's command names itself) is kept as it is.
 *
 * <p>Parsed by hand, not by {@code InetAddress}: that would ask DNS about anything that is no literal.
 */
public record ClientBlock(String value) {

    private static final int GROUPS = 8;
    private static final int NETWORK_GROUPS = 4;

    public ClientBlock {
        Objects.requireNonNull(value, "value");
    }

    public static ClientBlock of(String clientAddress) {
        String address = clientAddress.strip();
        if (address.indexOf(':') < 0) {
            return new ClientBlock(address);
        }
        return ipv6Groups(address).map(ClientBlock::fromGroups).orElse(new ClientBlock(address));
    }

    private static ClientBlock fromGroups(int[] groups) {
        if (isIpv4Mapped(groups)) {
            return new ClientBlock((groups[6] >> 8) + "." + (groups[6] & 0xff) + "."
                    + (groups[7] >> 8) + "." + (groups[7] & 0xff));
        }
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < NETWORK_GROUPS; i++) {
            network.append(Integer.toHexString(groups[i])).append(':');
        }
        return new ClientBlock(network.append(":/64").toString());
    }

    private static boolean isIpv4Mapped(int[] groups) {
        for (int i = 0; i < 5; i++) {
            if (groups[i] != 0) {
                return false;
            }
        }
        return groups[5] == 0xffff;
    }

    /** The eight 16-bit groups of an IPv6 literal, in brackets or not, with or without a zone id. */
    private static Optional<int[]> ipv6Groups(String text) {
        String address = text;
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        address = address.toLowerCase(Locale.ROOT);
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        Optional<int[]> head = gap < 0 ? hexGroups(address, true) : hexGroups(address.substring(0, gap), false);
        Optional<int[]> tail = gap < 0 ? Optional.of(new int[0]) : hexGroups(address.substring(gap + 2), true);
        if (head.isEmpty() || tail.isEmpty()) {
            return Optional.empty();
        }
        int given = head.get().length + tail.get().length;
        if (gap < 0 ? given != GROUPS : given > GROUPS - 1) {
            return Optional.empty();
        }
        int[] groups = new int[GROUPS];
        System.arraycopy(head.get(), 0, groups, 0, head.get().length);
        System.arraycopy(tail.get(), 0, groups, GROUPS - tail.get().length, tail.get().length);
        return Optional.of(groups);
    }

    /** Colon-separated hex groups; at the end of the address the last may be a dotted IPv4 address (two groups). */
    private static Optional<int[]> hexGroups(String part, boolean atTheEnd) {
        if (part.isEmpty()) {
            return Optional.of(new int[0]);
        }
        String[] fields = part.split(":", -1);
        int dotted = atTheEnd && fields[fields.length - 1].indexOf('.') >= 0 ? 1 : 0;
        int[] groups = new int[fields.length + dotted];
        for (int i = 0; i < fields.length - dotted; i++) {
            if (!fields[i].matches("[0-9a-f]{1,4}")) {
                return Optional.empty();
            }
            groups[i] = Integer.parseInt(fields[i], 16);
        }
        if (dotted == 1) {
            Optional<Integer> ipv4 = dottedQuad(fields[fields.length - 1]);
            if (ipv4.isEmpty()) {
                return Optional.empty();
            }
            groups[fields.length - 1] = ipv4.get() >>> 16;
            groups[fields.length] = ipv4.get() & 0xffff;
        }
        return Optional.of(groups);
    }

    private static Optional<Integer> dottedQuad(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return Optional.empty();
        }
        int value = 0;
        for (String octet : octets) {
            if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
                return Optional.empty();
            }
            value = (value << 8) | Integer.parseInt(octet);
        }
        return Optional.of(value);
    }
}
