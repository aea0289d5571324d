package dev.gatehouse.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import dev.gatehouse.application.port.out.BrowserNames;
import dev.gatehouse.application.port.out.MailFacts;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.domain.user.EmailAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an {@link OutgoingMail} into subject, plain text and HTML from the Mustache templates under
 * {@value #TEMPLATE_ROOT}. The HTML templates escape every value; nothing is ever inserted unescaped.
 * The code stays out of the subject, because subjects show on lock screens and in notifications.
 */
public final class MailComposer {

    private static final String TEMPLATE_ROOT = "dev/gatehouse/mail/templates";

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private final MailSettings settings;
    private final BrowserNames browserNames;
    private final Map<MailKind, Templates> templates = new EnumMap<>(MailKind.class);

    /** With the process's one browser-name parser, the one the session list names browsers with. */
    public MailComposer(MailSettings settings) {
        this(settings, UapBrowserNames.shared());
    }

    /** Compiles every template now, so that a missing one stops the start rather than a delivery. */
    public MailComposer(MailSettings settings, BrowserNames browserNames) {
        this.settings = settings;
        this.browserNames = browserNames;
        MustacheFactory html = new DefaultMustacheFactory(TEMPLATE_ROOT);
        MustacheFactory text = new PlainTextMustacheFactory();
        for (MailKind kind : MailKind.values()) {
            String name = wording(kind).templateName();
            templates.put(kind, new Templates(
                    text.compile(name + ".txt.mustache"), html.compile(name + ".html.mustache")));
        }
    }

    public ComposedMail compose(OutgoingMail mail) {
        Wording wording = wording(mail.kind());
        MailFacts facts = mail.facts();
        Map<String, Object> values = new HashMap<>();
        values.put("product", settings.productName());
        values.put("address", mail.to().value());
        mail.code().ifPresent(code -> values.put("code", code.digits()));
        values.put("validity", validity(mail.validFor()));
        values.put("link", wording.prefillsAddress() ? link(wording.path(), mail.to()) : link(wording.path()));
        values.put("resetLink", link("/password/forgot", mail.to()));
        values.put("when", when(facts));
        values.put("browser", browserNames.nameOf(facts.userAgent()));
        // Code mails name the browser only when the request's is known; notices always say something.
        values.put("browserKnown", facts.userAgent().isPresent());
        facts.otherAddress().ifPresent(other -> values.put("otherAddress", other));
        Templates kindTemplates = templates.get(mail.kind());
        return new ComposedMail(
                mail.to(),
                wording.subject().formatted(settings.productName()),
                render(kindTemplates.text(), values),
                render(kindTemplates.html(), values));
    }

    private static Wording wording(MailKind kind) {
        return switch (kind) {
            case SIGN_IN_CODE -> new Wording("sign-in-code", "Your %s sign-in code", "/login/code", true);
            case PASSWORD_RESET_CODE -> new Wording("reset-code", "Your %s password reset code", "/password/reset", true);
            case ADDRESS_CONFIRMATION_CODE ->
                    new Wording("address-confirmation-code", "Confirm your address for %s", "/login/code", true);
            case EMAIL_CHANGE_CODE -> new Wording("email-change-code", "Confirm your new address for %s", "/account", false);
            case REGISTRATION_ATTEMPT ->
                    new Wording("registration-attempt", "Someone tried to register with your address at %s", "/login", true);
            case UNPROVEN_PASSWORD_REMOVED -> new Wording("unproven-password-removed",
                    "A password was removed from your %s account", "/password/forgot", true);
            case EMAIL_CHANGE_REQUESTED ->
                    new Wording("email-change-requested", "A change of your %s address was requested", "/account", false);
            case EMAIL_CHANGE_BLOCKED ->
                    new Wording("email-change-blocked", "Someone tried to use your address at %s", "/login", true);
            case EMAIL_CHANGED ->
                    new Wording("email-changed", "Your %s account has a new address", "/password/forgot", true);
            case ACCOUNT_DELETED -> new Wording("account-deleted", "Your %s account was deleted", "/register", true);
            case PASSWORD_CHANGED -> new Wording("password-changed", "Your %s password was changed", "/password/forgot", true);
            case NEW_BROWSER_SIGN_IN ->
                    new Wording("new-browser-sign-in", "New sign-in to your %s account", "/account/sessions", false);
        };
    }

    private String link(String path, EmailAddress to) {
        return link(path) + "?email=" + URLEncoder.encode(to.value(), StandardCharsets.UTF_8);
    }

    /** Links are built from the configured base URL only, never from anything a request carried. */
    private String link(String path) {
        return settings.baseUrl() + path;
    }

    /** In the owner's time zone when known (captured at sign-in), else in UTC; always naming the zone. */
    private static String when(MailFacts facts) {
        ZoneId zone = facts.timezone().orElse(UTC);
        return WHEN.format(facts.occurredAt().atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** Rounded down: a mail must never promise more time than the code really has. */
    private static String validity(Duration validFor) {
        long minutes = validFor.toMinutes();
        if (minutes < 1) {
            return "less than a minute";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static String render(Mustache template, Map<String, Object> values) {
        StringWriter out = new StringWriter();
        template.execute(out, values);
        return out.toString();
    }

    /** {@code prefillsAddress}: the page at {@code path} takes the address from the link (a signed-out page). */
    private record Wording(String templateName, String subject, String path, boolean prefillsAddress) {}

    private record Templates(Mustache text, Mustache html) {}

    /** Plain text is not HTML: an ampersand in the product name must stay an ampersand there. */
    private static final class PlainTextMustacheFactory extends DefaultMustacheFactory {

        PlainTextMustacheFactory() {
            super(TEMPLATE_ROOT);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("Failed to write value", e);
            }
        }
    }
}
