package dev.gatehouse.mail;

import java.util.Optional;
import java.time.ZoneId;
import org.junit.jupiter.params.provider.EnumSource;
import static dev.gatehouse.mail.MailFixtures.ANN;
import static dev.gatehouse.mail.MailFixtures.BASE_URL;
import static dev.gatehouse.mail.MailFixtures.CODE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.domain.code.OneTimeCode;
import dev.gatehouse.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailComposerTest {

    private static final String IGNORE_NOTICE = "If you did not ask for this, ignore this message.";
    private static final Pattern ANY_URL = Pattern.compile("https?://[^\\s\"<>]+");

    private final MailComposer composer = new MailComposer(MailFixtures.settings());

    @Test
    void signInSubjectNamesTheProductButNotTheCode() {
        ComposedMail mail = composer.compose(MailFixtures.signInCode());

        assertThat(mail.to()).isEqualTo(ANN);
        assertThat(mail.subject()).isEqualTo("Your Acme sign-in code").doesNotContain(CODE);
    }

    @Test
    void signInBodiesShowCodeValidityAndLinkToCodePage() {
        ComposedMail mail = composer.compose(MailFixtures.signInCode());
        String link = BASE_URL + "/login/code?email=ann%40example.net";

        assertThat(mail.textBody())
                .contains("    " + CODE + "\n", "valid for 10 minutes", link, IGNORE_NOTICE);
        assertThat(mail.htmlBody())
                .contains("<h1>" + CODE + "</h1>", "valid for 10 minutes", htmlEscaped(link), IGNORE_NOTICE);
    }

    @Test
    void resetMailLinksToResetPageAndKeepsCodeOutOfSubject() {
        ComposedMail mail = composer.compose(MailFixtures.resetCode());
        String link = BASE_URL + "/password/reset?email=ann%40example.net";

        assertThat(mail.subject()).isEqualTo("Your Acme password reset code");
        assertThat(mail.textBody()).contains(CODE, "valid for 15 minutes", link, IGNORE_NOTICE);
        assertThat(mail.htmlBody()).contains("<h1>" + CODE + "</h1>", "valid for 15 minutes", htmlEscaped(link), IGNORE_NOTICE);
    }

    @Test
    void linksPointOnlyAtTheConfiguredBaseUrl() {
        for (OutgoingMail outgoing : List.of(MailFixtures.signInCode(), MailFixtures.resetCode())) {
            ComposedMail mail = composer.compose(outgoing);

            assertThat(urlsIn(mail.textBody())).isNotEmpty().allMatch(url -> url.startsWith(BASE_URL + "/"));
            assertThat(urlsIn(mail.htmlBody())).isNotEmpty().allMatch(url -> url.startsWith(BASE_URL + "/"));
        }
    }

    @Test
    void encodesTheEmailAsOneQueryParameter() {
        EmailAddress tricky = new EmailAddress("a+b&next=evil.example@example.net");

        ComposedMail mail = composer.compose(MailFixtures.signInCodeTo(tricky));

        assertThat(mail.textBody()).contains(BASE_URL + "/login/code?email=a%2Bb%26next%3Devil.example%40example.net");
    }

    @Test
    void escapesProductNameInHtmlButNotInPlainText() {
        MailComposer acme = new MailComposer(MailFixtures.settingsFor("<b>Acme & Co</b>"));

        ComposedMail mail = acme.compose(MailFixtures.signInCode());

        assertThat(mail.htmlBody())
                .contains("&lt;b&gt;Acme &amp; Co&lt;/b&gt;")
                .doesNotContain("<b>");
        assertThat(mail.textBody()).contains("Your <b>Acme & Co</b> sign-in code is:");
        assertThat(mail.subject()).isEqualTo("Your <b>Acme & Co</b> sign-in code");
    }

    @Test
    void doesNotTreatTemplateSyntaxInValuesAsTemplate() {
        MailComposer curly = new MailComposer(MailFixtures.settingsFor("{{code}} Inc"));

        ComposedMail mail = curly.compose(MailFixtures.signInCode());

        assertThat(mail.textBody()).contains("Your {{code}} Inc sign-in code is:");
    }

    @Test
    void plainTextReadsOnItsOwn() {
        ComposedMail mail = composer.compose(MailFixtures.signInCode());

        assertThat(mail.textBody()).doesNotContain("<", ">", "&amp;", "{{");
    }

    @ParameterizedTest
    @CsvSource({"PT10M, 10 minutes", "PT1M, 1 minute", "PT1M59S, 1 minute", "PT30S, less than a minute", "PT2H, 120 minutes"})
    void statesValidityInWholeMinutesNeverRoundingUp(Duration validFor, String expected) {
        OutgoingMail outgoing = OutgoingMail.code(MailKind.SIGN_IN_CODE, ANN, new OneTimeCode(CODE), validFor, MailFacts.at(Instant.EPOCH));

        assertThat(composer.compose(outgoing).textBody()).contains("valid for " + expected + " ");
    }

    @ParameterizedTest
    @EnumSource(value = MailKind.class, mode = EnumSource.Mode.MATCH_NONE, names = "^(.*_CODE)$")
    void rendersEveryNoticeWithTheTimeInTheOwnersZoneAndANamedBrowser(MailKind kind) {
        MailFacts facts = new MailFacts(Instant.parse("2026-03-01T17:05:00Z"),
                Optional.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"),
                Optional.of("n***@example.org"), Optional.of(ZoneId.of("Europe/Berlin")));

        ComposedMail mail = composer.compose(OutgoingMail.notice(kind, ANN, facts));

        assertThat(mail.subject()).isNotBlank().doesNotContain("{{");
        assertThat(mail.textBody()).contains("1 March 2026, 18:05 (Europe/Berlin)").doesNotContain("{{", "Mozilla");
        assertThat(mail.htmlBody()).contains("1 March 2026, 18:05 (Europe/Berlin)").doesNotContain("Mozilla");
    }

    @Test
    void namesTheBrowserInsteadOfQuotingItsUserAgent() {
        MailFacts facts = MailFacts.at(Instant.parse("2026-03-01T17:05:00Z"))
                .fromBrowser(Optional.of("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"));

        ComposedMail mail = composer.compose(OutgoingMail.notice(MailKind.PASSWORD_CHANGED, ANN, facts));

        assertThat(mail.textBody()).contains("from Firefox on Linux").contains("1 March 2026, 17:05 (UTC)");
    }

    @Test
    void keepsCodeOutOfToString() {
        assertThat(composer.compose(MailFixtures.signInCode()).toString()).doesNotContain(CODE);
    }

    private static String htmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("=", "&#61;");
    }

    private static List<String> urlsIn(String body) {
        Matcher matcher = ANY_URL.matcher(body);
        List<String> urls = new java.util.ArrayList<>();
        while (matcher.find()) {
            urls.add(matcher.group());
        }
        return urls;
    }

    private static final String EDGE_ON_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

    /** Any kind, as the services enqueue it: a code mail with its code, a notice with its facts. */
    private static OutgoingMail anyMail(MailKind kind, EmailAddress to, MailFacts facts) {
        return kind.carriesCode()
                ? OutgoingMail.code(kind, to, new OneTimeCode(CODE), Duration.ofMinutes(10), facts)
                : OutgoingMail.notice(kind, to, facts);
    }

    private static MailFacts factsFromEdge() {
        return new MailFacts(Instant.parse("2026-03-01T17:05:00Z"), Optional.of(EDGE_ON_MAC),
                Optional.of("n***@example.org"), Optional.of(ZoneId.of("Europe/Berlin")));
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindSaysWhenAndFromWhichBrowserInBothParts(MailKind kind) {
        ComposedMail mail = composer.compose(anyMail(kind, ANN, factsFromEdge()));

        for (String body : List.of(mail.textBody(), mail.htmlBody())) {
            assertThat(body).contains("1 March 2026, 18:05 (Europe/Berlin)", "Edge on macOS")
                    .doesNotContain("Mozilla", "{{", "}}");
        }
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindHasNoTrailingSpacesAndPlainTextThatReadsOnItsOwn(MailKind kind) {
        ComposedMail mail = composer.compose(anyMail(kind, ANN, factsFromEdge()));

        for (String body : List.of(mail.textBody(), mail.htmlBody())) {
            assertThat(body.lines()).noneMatch(line -> line.endsWith(" ") || line.endsWith("\t"));
            assertThat(body).doesNotContain("\n\n\n").endsWith("\n");
        }
        assertThat(mail.textBody()).doesNotContain("<", ">", "&amp;", "&#", "href");
        assertThat(mail.textBody().lines()).allMatch(line -> line.length() <= 300);
        assertThat(mail.htmlBody()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "<title>");
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindLinksOnlyToTheConfiguredBaseUrlAndKeepsTheCodeOutOfTheSubject(MailKind kind) {
        ComposedMail mail = composer.compose(anyMail(kind, ANN, factsFromEdge()));

        assertThat(mail.subject()).contains("Acme").doesNotContain(CODE, "{{");
        assertThat(urlsIn(mail.textBody())).allMatch(url -> url.startsWith(BASE_URL + "/"))
                .hasSameSizeAs(urlsIn(mail.htmlBody()));
        assertThat(urlsIn(mail.htmlBody())).allMatch(url -> url.startsWith(BASE_URL + "/"));
        // Only the notices that ask nothing of the reader (or nothing the old address could still do) have no link.
        boolean linkless = kind == MailKind.EMAIL_CHANGE_BLOCKED || kind == MailKind.EMAIL_CHANGED;
        assertThat(urlsIn(mail.textBody()).isEmpty()).isEqualTo(linkless);
        assertThat(mail.textBody().contains(CODE)).isEqualTo(kind.carriesCode());
        assertThat(mail.htmlBody().contains(CODE)).isEqualTo(kind.carriesCode());
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindEscapesTheProductNameAndAddressesInHtmlOnly(MailKind kind) {
        MailComposer tricky = new MailComposer(MailFixtures.settingsFor("<b>Acme & Co</b>"));
        EmailAddress to = new EmailAddress("o'hara&co@example.net");
        MailFacts facts = factsFromEdge().naming("<i>n***@example.org</i>");

        ComposedMail mail = tricky.compose(anyMail(kind, to, facts));

        assertThat(mail.htmlBody()).doesNotContain("<b>", "</b>", "<i>", "o'hara&co")
                .contains("&lt;b&gt;Acme &amp; Co&lt;/b&gt;");
        assertThat(mail.textBody()).contains("<b>Acme & Co</b>").doesNotContain("&lt;", "&amp;");
        if (mail.textBody().contains("o'hara")) {
            assertThat(mail.textBody()).contains("o'hara&co@example.net");
            assertThat(mail.htmlBody()).contains("o&#39;hara&amp;co@example.net");
        }
        if (kind == MailKind.EMAIL_CHANGED) {
            assertThat(mail.textBody()).contains("<i>n***@example.org</i>");
            assertThat(mail.htmlBody()).contains("&lt;i&gt;n***@example.org&lt;/i&gt;");
        }
    }

    @Test
    void aCodeMailNamesTheBrowserOnlyWhenTheRequestNamedOne() {
        MailFacts unnamed = MailFacts.at(Instant.parse("2026-03-01T17:05:00Z"));

        ComposedMail mail = composer.compose(OutgoingMail.code(MailKind.SIGN_IN_CODE, ANN, new OneTimeCode(CODE),
                Duration.ofMinutes(10), unnamed));

        assertThat(mail.textBody()).contains("It was requested on 1 March 2026, 17:05 (UTC). If you did not ask")
                .doesNotContain("unknown browser");
    }

    @Test
    void aNoticeOfAClientThatNamedNoBrowserSaysSo() {
        MailFacts unnamed = MailFacts.at(Instant.parse("2026-03-01T17:05:00Z"));

        ComposedMail mail = composer.compose(OutgoingMail.notice(MailKind.NEW_BROWSER_SIGN_IN, ANN, unnamed));

        assertThat(mail.textBody()).contains("from " + UapBrowserNames.UNNAMED + ".");
    }

    @Test
    void theSignInNoticeLinksToTheSessionsPageAndToAResetForTheAddress() {
        ComposedMail mail = composer.compose(OutgoingMail.notice(MailKind.NEW_BROWSER_SIGN_IN, ANN, factsFromEdge()));

        assertThat(urlsIn(mail.textBody())).containsExactly(
                BASE_URL + "/password/forgot?email=ann%40example.net", BASE_URL + "/account/sessions");
        assertThat(mail.subject()).isEqualTo("New sign-in to your Acme account");
    }
}
