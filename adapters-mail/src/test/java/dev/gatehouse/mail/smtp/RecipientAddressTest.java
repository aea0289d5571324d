package dev.gatehouse.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecipientAddressTest {

    @Test
    void acceptsOneBareAddress() {
        assertThat(RecipientAddress.parse("ann@example.net").getAddress()).isEqualTo("ann@example.net");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ann@example.net\r\nBcc: eve@example.com",
        "ann@example.net\nBcc: eve@example.com",
        "ann@example.net\r",
    })
    void refusesLineBreaks(String address) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RecipientAddress.parse(address))
                .withMessageContaining("line breaks");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ann@example.net, eve@example.com",
        "ann@example.net,eve@example.com",
        "a,eve@example.com",
        "Ann <ann@example.net>",
        "<ann@example.net>",
        "friends: ann@example.net, eve@example.com;",
        "ann@example.net (Ann)",
        "ann",
    })
    void refusesAnythingButExactlyOneMailbox(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> RecipientAddress.parse(address));
    }
}
