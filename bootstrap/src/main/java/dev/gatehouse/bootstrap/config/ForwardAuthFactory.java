package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gatehouse.web.api.ForwardAuthSettings;
import dev.gatehouse.web.http.ReturnToOrigins;
import jakarta.validation.constraints.NotBlank;

/** Forward authentication ({@code GET /api/forward-auth}) for proxies in front of other apps. */
public class ForwardAuthFactory {

    /**
     * A browser's GET that is not signed in gets 302 to the sign-in page instead of 401, for proxies
     * that hand the answer to the browser (Traefik, Caddy). nginx asks for the 401 with {@code redirect=false}.
     */
    @JsonProperty
    private boolean redirectBrowsers = true;

    /** The sign-in page: a path on the app's host (path routing), or an absolute URL on Gatehouse's own host. */
    @JsonProperty
    @NotBlank
    private String signInUrl = ForwardAuthSettings.DEFAULT_SIGN_IN_URL;

    /** @throws IllegalArgumentException for a sign-in URL that is neither a path nor an http(s) URL */
    public ForwardAuthSettings settings(ReturnToOrigins returnToOrigins) {
        return new ForwardAuthSettings(returnToOrigins, redirectBrowsers, signInUrl);
    }
}
