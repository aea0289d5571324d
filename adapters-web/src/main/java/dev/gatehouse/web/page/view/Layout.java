package dev.gatehouse.web.page.view;

import dev.gatehouse.web.page.PageAssets;
import java.util.Optional;

/** What the shared layout shows around every page: the service's name, the assets, and who is signed in. */
public record Layout(String serviceName, PageAssets assets, Optional<Account> account) {

    /**
     * The signed-in person in the navigation, with the CSRF token its sign-out button posts, and
     * whether to offer the administration link.
     */
    public record Account(String email, String csrfToken, boolean admin) {
    }
}
