package dev.gatehouse.testing;

/**
 * A session's cookie as a browser holds it, to hand to one a test drives (Selenium, Playwright):
 * {@code __Host-gh_session} ({@code secure}) unless Gatehouse runs with {@code sessions.secureCookies:
 * false}. Set it on Gatehouse's host with path {@code /}, {@code HttpOnly}, and {@code Secure} when
 * {@code secure}; browsers accept a secure cookie on {@code http://localhost}.
 */
public record SessionCookie(String name, String value, boolean secure) {

    /** As a {@code Cookie} request header's value. */
    public String pair() {
        return name + "=" + value;
    }
}
