package dev.gatehouse.mail.smtp;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * A one-line reason for a failed SMTP exchange, fit for a log line or a health check. Built from the
 * kind of failure rather than passed through, and scrubbed of the password, so that no server reply
 * or library message can carry the credentials into a log.
 */
final class SmtpFailureReason {

    private static final int MAX_SERVER_TEXT = 200;

    private SmtpFailureReason() {}

    static String of(MessagingException failure, SmtpSettings settings) {
        return "SMTP server " + settings.host() + ":" + settings.port() + ": " + reason(failure, settings);
    }

    private static String reason(MessagingException failure, SmtpSettings settings) {
        if (failure instanceof AuthenticationFailedException) {
            return "authentication failed";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return "timed out";
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host";
            }
            if (cause instanceof SSLException) {
                return "TLS failed (" + cause.getClass().getSimpleName() + ")";
            }
        }
        return serverText(failure, settings);
    }

    private static String serverText(MessagingException failure, SmtpSettings settings) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        String scrubbed = settings.password()
                .filter(password -> !password.isEmpty())
                .map(password -> oneLine.replace(password, "(redacted)"))
                .orElse(oneLine);
        return scrubbed.length() <= MAX_SERVER_TEXT ? scrubbed : scrubbed.substring(0, MAX_SERVER_TEXT) + "...";
    }
}
