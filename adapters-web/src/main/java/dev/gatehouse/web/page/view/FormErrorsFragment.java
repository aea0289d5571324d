package dev.gatehouse.web.page.view;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/** The answer to a refused htmx form post: only the messages, swapped into the form's error region. */
public final class FormErrorsFragment extends View {

    private final FormErrors errors;

    public FormErrorsFragment(FormErrors errors) {
        super("form-errors-fragment.mustache", StandardCharsets.UTF_8);
        this.errors = errors;
    }

    public FormErrors errors() {
        return errors;
    }
}
