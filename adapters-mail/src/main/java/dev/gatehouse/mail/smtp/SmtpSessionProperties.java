package dev.gatehouse.mail.smtp;

import java.util.Properties;

/** Translates {@link SmtpSettings} into the Jakarta Mail session properties that enforce them. */
final class SmtpSessionProperties {

    private SmtpSessionProperties() {}

    static Properties of(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        properties.setProperty("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
        properties.setProperty("mail.smtp.writetimeout", Long.toString(settings.writeTimeout().toMillis()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));

        boolean startTls = settings.tls() == TlsMode.STARTTLS;
        boolean implicitTls = settings.tls() == TlsMode.IMPLICIT;
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        // Without "required" a server (or a man in the middle) that hides STARTTLS gets the
        // credentials and the code in plain text.
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.ssl.enable", Boolean.toString(implicitTls));
        if (startTls || implicitTls) {
            // Jakarta Mail checks the certificate chain but not, by default, that it names our host.
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
