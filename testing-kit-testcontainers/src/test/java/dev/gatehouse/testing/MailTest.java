package dev.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class MailTest {

    @Test
    void findsTheCodeOnItsOwnLineAndNotTheDigitsOfALink() {
        Mail mail = new Mail("ann@example.org", "Your sign-in code", """
                Your Gatehouse sign-in code is:

                    042917

                Enter it on the sign-in page:
                http://127.0.0.1:123456/login/code?email=ann@example.org
                """);

        assertThat(mail.code()).isEqualTo("042917");
        assertThat(mail.hasCode()).isTrue();
    }

    @Test
    void saysSoWhenThereIsNoCode() {
        Mail mail = new Mail("ann@example.org", "Welcome", "Nothing to enter: 12345 or 1234567");

        assertThat(mail.hasCode()).isFalse();
        assertThatIllegalStateException().isThrownBy(mail::code).withMessageContaining("ann@example.org");
    }
}
