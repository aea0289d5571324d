package dev.gatehouse.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import dev.gatehouse.application.port.out.MailKind;
import dev.gatehouse.application.port.out.OutgoingMail;
import dev.gatehouse.domain.user.EmailAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Renders an {@link OutgoingMail} into subject, plain text and HTML from the Mustache templates under
 * {@value #TEMPLATE_ROOT}. The HTML templates escape every value; nothing is ever inserted unescaped.
 * The code stays out of the subject, because subjects show on lock screens and in notifications.
 */
public final class MailComposer {

    private static final String TEMPLATE_ROOT = "dev/gatehouse/mail/templates";

    private final MailSettings settings;
    private final Map<MailKind, Templates> templates = new EnumMap<>(MailKind.class);

    /** Compiles every template now, so that a missing one stops the start rather than a delivery. */
    public MailComposer(MailSettings settings) {
        this.settings = settings;
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
        Map<String, Object> values = Map.of(
                "product", settings.productName(),
                "code", mail.code().digits(),
                "validity", validity(mail.validFor()),
                "link", link(wording.path(), mail.to()));
        Templates kindTemplates = templates.get(mail.kind());
        return new ComposedMail(
                mail.to(),
                wording.subject().formatted(settings.productName()),
                render(kindTemplates.text(), values),
                render(kindTemplates.html(), values));
    }

    private static Wording wording(MailKind kind) {
        return switch (kind) {
            case SIGN_IN_CODE -> new Wording("sign-in-code", "Your %s sign-in code", "/login/code");
            case PASSWORD_RESET_CODE -> new Wording("reset-code", "Your %s password reset code", "/password/reset");
        };
    }

    private String link(String path, EmailAddress to) {
        return settings.baseUrl() + path + "?email=" + URLEncoder.encode(to.value(), StandardCharsets.UTF_8);
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

    private record Wording(String templateName, String subject, String path) {}

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
