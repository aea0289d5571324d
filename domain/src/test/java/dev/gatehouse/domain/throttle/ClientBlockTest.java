package dev.gatehouse.domain.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.shared.RequestOrigin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientBlockTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2001:db8:1:2:3:4:5:6                    | 2001:db8:1:2::/64",
        "2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd | 2001:db8:1:2::/64",
        "2001:DB8:1:2::7                         | 2001:db8:1:2::/64",
        "2001:db8:1:2::                          | 2001:db8:1:2::/64",
        "[2001:db8:1:2::1]                       | 2001:db8:1:2::/64",
        "2001:db8:1:2:0:0:0:1%eth0               | 2001:db8:1:2::/64",
        "2001:db8:0:0:0:0:0:7                    | 2001:db8:0:0::/64",
        "2001:db8::7                             | 2001:db8:0:0::/64",
        "2001:db8::1:2:3:4:5                     | 2001:db8:0:1::/64",
        "fe80::1%25                              | fe80:0:0:0::/64",
        "::1                                     | 0:0:0:0::/64",
        "::                                      | 0:0:0:0::/64",
        "2001:db8:1:2:3:4:192.0.2.1              | 2001:db8:1:2::/64",
        "64:ff9b::192.0.2.1                      | 64:ff9b:0:0::/64"})
    void anIpv6ClientIsCountedByItsSlash64HoweverItIsWritten(String address, String block) {
        assertThat(ClientBlock.of(address).value()).isEqualTo(block);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "192.0.2.1                 | 192.0.2.1",
        " 198.51.100.7             | 198.51.100.7",
        "::ffff:192.0.2.1          | 192.0.2.1",
        "::FFFF:c000:0201          | 192.0.2.1",
        "0:0:0:0:0:ffff:192.0.2.1  | 192.0.2.1",
        "[::ffff:203.0.113.50]     | 203.0.113.50"})
    void anIpv4ClientIsItsAddressAlsoWhenMappedIntoIpv6(String address, String block) {
        assertThat(ClientBlock.of(address).value()).isEqualTo(block);
    }

    /** Never thrown away or merged with a real client: whatever is no IP literal counts as itself. */
    @ParameterizedTest
    @ValueSource(strings = {"command-line", "2001:db8:::1", "1:2:3:4:5:6:7:8:9", "2001:db8::1::2", "12345::1",
        "::ffff:192.0.2.256", "1.2.3.4::", "2001:db8:1:2:3:4:5", ":1:2:3:4:5:6:7", "g::1"})
    void whatIsNoIpLiteralIsKeptAsItIs(String notAnAddress) {
        assertThat(ClientBlock.of(notAnAddress).value()).isEqualTo(notAnAddress);
    }

    @ParameterizedTest
    @CsvSource({"2001:db8:1:2::1, 2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::a, 2001:DB8:1:2:0:0:0:A"})
    void everyPerClientKeyOfOneSlash64IsTheSame(String one, String other) {
        for (ThrottleScope scope : new ThrottleScope[] {ThrottleScope.SIGN_IN_FAILURES_PER_CLIENT,
            ThrottleScope.CODE_REQUESTS_PER_CLIENT, ThrottleScope.REGISTRATIONS_PER_CLIENT}) {
            assertThat(ThrottleKey.perClient(scope, RequestOrigin.of(one, null)))
                    .isEqualTo(ThrottleKey.perClient(scope, RequestOrigin.of(other, "another agent")));
        }
    }

    @ParameterizedTest
    @CsvSource({"2001:db8:1:2::1, 2001:db8:1:3::1", "192.0.2.1, 192.0.2.2", "::ffff:192.0.2.1, 192.0.2.2"})
    void neighboursOutsideTheBlockAreOtherClients(String one, String other) {
        assertThat(ThrottleKey.perClient(ThrottleScope.SIGN_IN_FAILURES_PER_CLIENT, RequestOrigin.of(one, null)))
                .isNotEqualTo(ThrottleKey.perClient(ThrottleScope.SIGN_IN_FAILURES_PER_CLIENT, RequestOrigin.of(other, null)));
    }
}
