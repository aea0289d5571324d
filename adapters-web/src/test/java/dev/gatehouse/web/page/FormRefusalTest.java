package dev.gatehouse.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormRefusalTest {

    @ParameterizedTest
    @CsvSource({"1, 1 second", "59, 59 seconds", "119, 119 seconds", "120, 2 minutes", "121, 3 minutes",
        "900, 15 minutes", "3600, 60 minutes"})
    void describesWaitsInWordsAPersonReadsAtAGlance(long seconds, String words) {
        assertThat(FormRefusal.describe(Duration.ofSeconds(seconds))).isEqualTo(words);
    }

    @Test
    void failuresThatAreNotAPersonsToFixAreRethrown() {
        IllegalStateException unexpected = new IllegalStateException("boom");

        assertThatThrownBy(() -> FormRefusal.of(unexpected)).isSameAs(unexpected);
    }
}
