package dev.gatehouse.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.jackson.Jackson;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasskeysFactoryTest {

    private static PasskeysFactory read(String json) throws Exception {
        return Jackson.newObjectMapper().readValue(json, PasskeysFactory.class);
    }

    @Test
    void followsThePublicBaseUrlWhenNothingIsSet() throws Exception {
        PasskeysFactory.Resolved resolved = read("{}").resolve("https://Login.Example.org/");

        assertThat(resolved.rpId()).isEqualTo("login.example.org");
        assertThat(resolved.origins()).containsExactly(URI.create("https://login.example.org"));
        assertThat(resolved.challengeLifetime()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void takesAParentDomainAndSeveralOriginsUnderIt() throws Exception {
        PasskeysFactory.Resolved resolved = read("""
                {"rpId": "example.org", "origins": ["https://login.example.org", "https://example.org:8443"],
                 "challengeLifetime": "2 minutes"}
                """).resolve("https://login.example.org");

        assertThat(resolved.rpId()).isEqualTo("example.org");
        assertThat(resolved.origins()).containsExactly(URI.create("https://login.example.org"),
                URI.create("https://example.org:8443"));
        assertThat(resolved.challengeLifetime()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void refusesAConfiguredPlainHttpOriginButOnLocalhost() throws Exception {
        assertThat(read("""
                {"origins": ["http://localhost:8080"]}
                """).resolve("http://localhost:8080").origins()).containsExactly(URI.create("http://localhost:8080"));
        assertThatThrownBy(() -> read("""
                {"origins": ["http://login.example.org"]}
                """).resolve("https://login.example.org"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not https");
    }

    @Test
    void aPlainHttpPublicBaseUrlStillStartsTheServer() throws Exception {
        assertThat(read("{}").resolve("http://gatehouse.internal:8080").origins())
                .containsExactly(URI.create("http://gatehouse.internal:8080"));
    }

    @Test
    void refusesAnOriginOutsideTheRelyingParty() {
        assertThatThrownBy(() -> read("""
                {"rpId": "example.org", "origins": ["https://example.org.evil.test"]}
                """).resolve("https://example.org"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not on passkeys.rpId");
        assertThatThrownBy(() -> read("""
                {"rpId": "login.example.org", "origins": ["https://example.org"]}
                """).resolve("https://example.org"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
