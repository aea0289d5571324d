package dev.gatehouse.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientOriginFilterTest {

    private static ClientOriginFilter trusting(String... proxies) {
        return new ClientOriginFilter(TrustedProxies.of(List.of(proxies)));
    }

    @Test
    void withoutTrustedProxiesTheSocketPeerIsTheClientWhateverTheHeaderSays() {
        ClientOriginFilter filter = new ClientOriginFilter(TrustedProxies.none());

        assertThat(filter.clientAddress("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
        assertThat(filter.clientAddress("198.51.100.7", null)).isEqualTo("198.51.100.7");
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertThat(trusting("10.0.0.0/8").clientAddress("198.51.100.7", List.of("203.0.113.1")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedIsTheClient() {
        assertThat(trusting("10.0.0.0/8").clientAddress("10.1.2.3", List.of("203.0.113.1")))
                .isEqualTo("203.0.113.1");
    }

    @Test
    void whatTheClientWroteBeforeTheProxysEntryIsNeverReached() {
        ClientOriginFilter filter = trusting("10.0.0.0/8");

        assertThat(filter.clientAddress("10.1.2.3", List.of("1.1.1.1, 2.2.2.2, 203.0.113.1"))).isEqualTo("203.0.113.1");
        assertThat(filter.clientAddress("10.1.2.3", List.of("1.1.1.1", "203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        assertThat(trusting("10.0.0.0/8", "192.168.1.1").clientAddress("10.1.2.3",
                List.of("203.0.113.1, 192.168.1.1, 10.9.9.9"))).isEqualTo("203.0.113.1");
    }

    @Test
    void garbageFromATrustedProxyLeavesTheLastGoodHop() {
        assertThat(trusting("10.0.0.0/8").clientAddress("10.1.2.3", List.of("evil.example, 10.4.4.4")))
                .isEqualTo("10.4.4.4");
        assertThat(trusting("10.0.0.0/8").clientAddress("10.1.2.3", List.of("unknown"))).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6AddressesAreMatchedAndWrittenOneWay() {
        ClientOriginFilter filter = trusting("fd00::/8");

        assertThat(filter.clientAddress("fd00:0:0:0:0:0:0:1", List.of("[2001:db8::7]"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(filter.clientAddress("2001:db8::1", List.of("203.0.113.1"))).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void aHostNameIsNoTrustedProxyAndNothingIsLookedUp() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(TrustedProxies.literal("localhost")).isEmpty();
    }
}
