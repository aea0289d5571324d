package dev.gatehouse.application.testing;

import dev.gatehouse.domain.code.IssuedCode;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.user.User;
import org.assertj.core.api.SoftAssertions;

/**
 * Field-by-field comparison of domain objects, whose {@code equals} looks at the id only. Reports
 * every differing field at once.
 */
public final class StateAssertions {

    private StateAssertions() {
    }

    public static void assertSameState(User actual, User expected) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(actual.id()).as("id").isEqualTo(expected.id());
        softly.assertThat(actual.email()).as("email").isEqualTo(expected.email());
        softly.assertThat(actual.roles()).as("roles").containsExactlyInAnyOrderElementsOf(expected.roles());
        softly.assertThat(actual.status()).as("status").isEqualTo(expected.status());
        softly.assertThat(actual.createdAt()).as("createdAt").isEqualTo(expected.createdAt());
        softly.assertThat(actual.lastLoginAt()).as("lastLoginAt").isEqualTo(expected.lastLoginAt());
        softly.assertThat(actual.timezone()).as("timezone").isEqualTo(expected.timezone());
        softly.assertThat(actual.passwordHash()).as("passwordHash").isEqualTo(expected.passwordHash());
        softly.assertThat(actual.emailVerified()).as("emailVerified").isEqualTo(expected.emailVerified());
        softly.assertThat(actual.passwordUnproven()).as("passwordUnproven").isEqualTo(expected.passwordUnproven());
        softly.assertThat(actual.registration()).as("registration").isEqualTo(expected.registration());
        softly.assertAll();
    }

    public static void assertSameState(Session actual, Session expected) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(actual.id()).as("id").isEqualTo(expected.id());
        softly.assertThat(actual.userId()).as("userId").isEqualTo(expected.userId());
        softly.assertThat(actual.tokenHash()).as("tokenHash").isEqualTo(expected.tokenHash());
        softly.assertThat(actual.createdAt()).as("createdAt").isEqualTo(expected.createdAt());
        softly.assertThat(actual.lastSeenAt()).as("lastSeenAt").isEqualTo(expected.lastSeenAt());
        softly.assertThat(actual.absoluteExpiresAt()).as("absoluteExpiresAt").isEqualTo(expected.absoluteExpiresAt());
        softly.assertThat(actual.rememberMe()).as("rememberMe").isEqualTo(expected.rememberMe());
        softly.assertThat(actual.userAgent()).as("userAgent").isEqualTo(expected.userAgent());
        softly.assertThat(actual.tokenIssuedAt()).as("tokenIssuedAt").isEqualTo(expected.tokenIssuedAt());
        softly.assertThat(actual.replacedTokenHash()).as("replacedTokenHash").isEqualTo(expected.replacedTokenHash());
        softly.assertThat(actual.signInMethod()).as("signInMethod").isEqualTo(expected.signInMethod());
        softly.assertAll();
    }

    public static void assertSameState(IssuedCode actual, IssuedCode expected) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(actual.userId()).as("userId").isEqualTo(expected.userId());
        softly.assertThat(actual.purpose()).as("purpose").isEqualTo(expected.purpose());
        softly.assertThat(actual.hash()).as("hash").isEqualTo(expected.hash());
        softly.assertThat(actual.issuedAt()).as("issuedAt").isEqualTo(expected.issuedAt());
        softly.assertThat(actual.expiresAt()).as("expiresAt").isEqualTo(expected.expiresAt());
        softly.assertThat(actual.failedAttempts()).as("failedAttempts").isEqualTo(expected.failedAttempts());
        softly.assertAll();
    }
}
