package dev.gatehouse.web.page.view;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/**
 * The htmx answer to asking for a code: the notice for the address form's region, and out-of-band
 * swaps that turn the send button into a disabled "Code sent" and put the code form in place.
 */
public final class LoginCodeSentFragment extends View {

    private final LoginCodeView page;

    public LoginCodeSentFragment(LoginCodeView page) {
        super("login-code-sent.mustache", StandardCharsets.UTF_8);
        this.page = page;
    }

    public LoginCodeView page() {
        return page;
    }
}
