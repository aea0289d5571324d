package dev.gatehouse.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What every message shares, taken from configuration.
 *
 * <p>Links in mails are built from {@code baseUrl} alone, never from a request's Host header: a forged
 * Host would otherwise put an attacker's link next to a genuine code.
 *
 * @param sender the From address, optionally with a display name ({@code Gatehouse <no-reply@example.org>})
 * @param productName the name users know the service by, used in subjects and bodies
 * @param baseUrl the absolute http(s) URL the service is reached at; a trailing slash is dropped
 */
public record MailSettings(String sender, String productName, URI baseUrl) {

    private static final int MAX_PRODUCT_NAME_LENGTH = 100;
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    public MailSettings {
        requireNoControlCharacters(sender, "sender");
        parseSender(sender);
        requireNoControlCharacters(productName, "productName");
        if (productName.isBlank() || productName.length() > MAX_PRODUCT_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "productName must be 1 to " + MAX_PRODUCT_NAME_LENGTH + " characters and not blank");
        }
        baseUrl = withoutTrailingSlash(requireWebUrl(baseUrl));
    }

    /** A fresh copy each time: {@link InternetAddress} is mutable and must not be shared. */
    public InternetAddress senderAddress() {
        return parseSender(sender);
    }

    /** The domain of the sender's address, which also names the origin of Message-IDs. */
    public String senderDomain() {
        String address = senderAddress().getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    private static InternetAddress parseSender(String sender) {
        try {
            InternetAddress parsed = new InternetAddress(sender, true);
            if (parsed.isGroup() || parsed.getAddress().lastIndexOf('@') < 1) {
                throw new IllegalArgumentException("sender must be a single address with a domain");
            }
            // Re-encoded so that a non-ASCII display name leaves as an RFC 2047 word, not as raw bytes.
            return parsed.getPersonal() == null
                    ? parsed
                    : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException e) {
            throw new IllegalArgumentException("sender is not a single valid address: " + e.getMessage(), e);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static void requireNoControlCharacters(String value, String name) {
        Objects.requireNonNull(value, name);
        // CR and LF would end a header line and start another (Bcc:, a second body); no control
        // character has a place in a name or an address.
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must not contain line breaks or other control characters");
        }
    }

    private static URI requireWebUrl(URI url) {
        Objects.requireNonNull(url, "baseUrl");
        if (!url.isAbsolute() || !WEB_SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("baseUrl must be an absolute http or https URL");
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must name a host and carry no user info");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment");
        }
        return url;
    }

    private static URI withoutTrailingSlash(URI url) {
        String text = url.toString();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '/') {
            end--;
        }
        return URI.create(text.substring(0, end));
    }
}
