package dev.gatehouse.web.auth;

import jakarta.ws.rs.core.Cookie;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How every cookie of ours is named and flagged: {@code HttpOnly}, {@code Path=/}, no {@code Domain},
 * a {@code SameSite} mode, and {@code Secure} with the {@code __Host-} prefix unless turned off for
 * plain-http development. Written by hand rather than through {@code NewCookie} so that exactly
 * these attributes are sent, nothing more.
 */
final class BrowserCookie {

    /** How far a cookie goes along with requests that another site started. */
    enum SameSite {
        /** Along with top-level navigations from other sites, so a link into the site finds the session. */
        LAX("Lax"),
        /** Never from another site: for what only this site's own forms need. */
        STRICT("Strict");

        private final String attribute;

        SameSite(String attribute) {
            this.attribute = attribute;
        }
    }

    private final String name;
    private final boolean secure;
    private final SameSite sameSite;
    private final Optional<String> domain;

    BrowserCookie(String baseName, boolean secure, SameSite sameSite) {
        this(baseName, secure, sameSite, Optional.empty());
    }

    /**
     * @param domain the parent domain whose subdomains all receive the cookie (apps on sibling hosts);
     *               a {@code __Host-} cookie may carry no {@code Domain}, so such a cookie is
     *               {@code __Secure-}: still refused by browsers unless Secure
     */
    BrowserCookie(String baseName, boolean secure, SameSite sameSite, Optional<String> domain) {
        // The prefixes make browsers refuse the cookie unless it is Secure, so plain http
        // development needs the unprefixed name.
        this.name = !secure ? baseName : domain.isPresent() ? "__Secure-" + baseName : "__Host-" + baseName;
        this.secure = secure;
        this.sameSite = sameSite;
        this.domain = domain;
    }

    String name() {
        return name;
    }

    boolean secure() {
        return secure;
    }

    /** A browser-session cookie: gone when the browser closes. */
    String set(String value) {
        return withFlags(new StringBuilder(name).append('=').append(value).append("; Path=/").append(domainAttribute()));
    }

    /** A cookie that outlives the browser for {@code maxAge} (none left is {@code Max-Age=0}). */
    String set(String value, Duration maxAge) {
        return withFlags(new StringBuilder(name).append('=').append(value).append("; Path=/").append(domainAttribute())
                .append("; Max-Age=")
                .append(Math.max(0, maxAge.toSeconds())));
    }

    /** Tells the browser to drop the cookie. */
    String clear() {
        return set("", Duration.ZERO);
    }

    /** The value the browser sent under this name. */
    Optional<String> valueIn(Map<String, Cookie> cookies) {
        return Optional.ofNullable(cookies.get(name)).map(Cookie::getValue);
    }

    private String domainAttribute() {
        return domain.map(parent -> "; Domain=" + parent).orElse("");
    }

    private String withFlags(StringBuilder header) {
        if (secure) {
            header.append("; Secure");
        }
        return header.append("; HttpOnly; SameSite=").append(sameSite.attribute).toString();
    }
}
