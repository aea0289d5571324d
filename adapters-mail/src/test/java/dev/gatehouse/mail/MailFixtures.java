package dev.gatehouse.mail;

import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.EmailAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** Settings and messages shared by the mail tests. */
public final class MailFixtures {

    public static final String BASE_URL = "https://auth.example.org/gate";
    public static final String CODE = "042917";
    public static final EmailAddress ANN = new EmailAddress("ann@example.net");

    private MailFixtures() {}

    public static MailSettings settings() {
        return settingsFor("Acme");
    }

    public static MailSettings settingsFor(String productName) {
        return new MailSettings("Gatehouse <no-reply@example.org>", productName, URI.create(BASE_URL + "/"));
    }

    public static OutgoingMail signInCode() {
        return OutgoingMail.code(MailKind.SIGN_IN_CODE, ANN, new OneTimeCode(CODE), Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));
    }

    public static OutgoingMail resetCode() {
        return OutgoingMail.code(MailKind.PASSWORD_RESET_CODE, ANN, new OneTimeCode(CODE), Duration.ofMinutes(15), MailFacts.at(Instant.EPOCH));
    }

    public static OutgoingMail signInCodeTo(EmailAddress to) {
        return OutgoingMail.code(MailKind.SIGN_IN_CODE, to, new OneTimeCode(CODE), Duration.ofMinutes(10), MailFacts.at(Instant.EPOCH));
    }
}
