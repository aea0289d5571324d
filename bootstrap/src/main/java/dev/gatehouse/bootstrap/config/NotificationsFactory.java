package dev.gatehouse.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which notices of security events are mailed besides those always sent (a password changed, an
 * address changed, an account deleted).
 */
public class NotificationsFactory {

    /** Whether a sign-in from a browser that was not recognised for the account mails its owner. */
    @JsonProperty
    private boolean newBrowserSignIn = true;

    public boolean newBrowserSignIn() {
        return newBrowserSignIn;
    }
}
