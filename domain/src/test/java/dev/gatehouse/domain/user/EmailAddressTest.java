package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    /** Sixty-four a's, an @ and a domain of d's ending in {@code .example}: {@code length} characters in all. */
    private static String addressOfLength(int length) {
        String local = "a".repeat(64);
        String tld = ".example";
        return local + "@" + "d".repeat(length - local.length() - 1 - tld.length()) + tld;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ann@example.org          | ann@example.org",
            "Ann@Example.ORG          | ann@example.org",
            "\"  ann@example.org \"     | ann@example.org",
            "\"\tANN.LEE@example.org \" | ann.lee@example.org",
            "\" ann+tag@sub.example.co.uk\" | ann+tag@sub.example.co.uk",
    })
    void normalisesCaseAndSurroundingWhitespace(String typed, String normalised) {
        assertThat(EmailAddress.of(typed).value()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ann.lee@example.org | a***@example.org",
            "a@example.org       | a***@example.org",
            "😀x@example.org     | 😀***@example.org",
    })
    void maskedKeepsTheFirstCharacterAndTheDomainOnly(String address, String masked) {
        assertThat(EmailAddress.of(address).masked()).isEqualTo(masked);
    }

    @Test
    void addressesTypedDifferentlyAreEqual() {
        assertThat(EmailAddress.of(" Ann@Example.org")).isEqualTo(EmailAddress.of("ann@EXAMPLE.ORG "));
    }

    @Test
    void acceptsExactlyMaximumLength() {
        String longest = addressOfLength(EmailAddress.MAX_LENGTH);

        assertThat(EmailAddress.of(longest).value()).hasSize(254);
        assertThat(EmailAddress.of("  " + longest + "  ").value()).isEqualTo(longest);
    }

    @Test
    void rejectsOneCharacterOverMaximumLength() {
        assertThatThrownBy(() -> EmailAddress.of(addressOfLength(255)))
                .isInstanceOf(InvalidEmailAddressException.class)
                .hasMessageContaining("254");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ann@example.org\n", "ann@example.org\r\n", "\nann@example.org", "\rann@example.org",
            "ann\r@example.org", "ann@exam\nple.org", " ann@example.org \n ",
    })
    void rejectsLineBreaksAnywhereEvenWhereTrimmingWouldRemoveThem(String typed) {
        assertThatThrownBy(() -> EmailAddress.of(typed))
                .isInstanceOf(InvalidEmailAddressException.class)
                .hasMessageContaining("line breaks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.org\n", "ann\r@example.org"})
    void constructorAlsoRejectsLineBreaks(String value) {
        assertThatThrownBy(() -> new EmailAddress(value)).isInstanceOf(InvalidEmailAddressException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ann.example.org",          // no @
            "ann@bob@example.org",      // two @
            "ann@localhost",            // no dot in the domain
            "@example.org",             // empty local part
            "ann@",                     // empty domain
            "ann@.example.org",         // domain starts with a dot
            "ann@example.",             // domain ends with a dot
            "ann@example..org",         // empty label
            "ann lee@example.org",      // whitespace inside
            "ann@exa mple.org",
            "ann\u0000@example.org",    // control character
            "ann@example.org\u0007",
    })
    void rejectsMalformedAddresses(String typed) {
        assertThatThrownBy(() -> EmailAddress.of(typed)).isInstanceOf(InvalidEmailAddressException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ann\u0085x@example.org", "ann\u00A0x@example.org", "ann\u2028x@example.org",
        "ann\u200Bx@example.org", "ann\u202Egro.elpmaxe@example.org", "ann@exa\u200Dmple.org"
    })
    void rejectsInvisibleAndTextDirectionCharactersInAnyScript(String typed) {
        assertThatThrownBy(() -> EmailAddress.of(typed)).isInstanceOf(InvalidEmailAddressException.class);
    }

    @Test
    void acceptsLettersOfOtherScripts() {
        assertThat(EmailAddress.of("jörg@bücher.example").value()).isEqualTo("jörg@bücher.example");
    }

    @Test
    void rejectsLocalPartLongerThanSixtyFourCharacters() {
        assertThat(EmailAddress.of("a".repeat(64) + "@example.org").localPart()).hasSize(64);
        assertThatThrownBy(() -> EmailAddress.of("a".repeat(65) + "@example.org"))
                .isInstanceOf(InvalidEmailAddressException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void requiresAnAddress(String typed) {
        assertThatThrownBy(() -> EmailAddress.of(typed))
                .isInstanceOf(InvalidEmailAddressException.class)
                .hasMessage("Email is required");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void constructorRequiresAnAddress(String value) {
        assertThatThrownBy(() -> new EmailAddress(value)).isInstanceOf(InvalidEmailAddressException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ann@example.org", " ann@example.org", "ann@example.org "})
    void constructorAcceptsOnlyNormalisedForm(String value) {
        assertThatThrownBy(() -> new EmailAddress(value))
                .isInstanceOf(InvalidEmailAddressException.class)
                .hasMessageContaining("normalised");
    }

    @ParameterizedTest
    @CsvSource({"ann@example.org, ann", "Ann.Lee+news@example.org, ann.lee+news", "a@b.co, a"})
    void localPartIsEverythingBeforeTheAt(String typed, String localPart) {
        assertThat(EmailAddress.of(typed).localPart()).isEqualTo(localPart);
    }
}
