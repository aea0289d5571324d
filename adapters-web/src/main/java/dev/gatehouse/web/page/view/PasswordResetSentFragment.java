package dev.gatehouse.web.page.view;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/**
 * The htmx answer to asking for a reset code: the notice for the address form's region, and
 * out-of-band swaps that turn the send button into a disabled "Code sent" and put the reset form in place.
 */
public final class PasswordResetSentFragment extends View {

    private final PasswordResetView page;

    public PasswordResetSentFragment(PasswordResetView page) {
        super("password-reset-sent.mustache", StandardCharsets.UTF_8);
        this.page = page;
    }

    public PasswordResetView page() {
        return page;
    }
}
