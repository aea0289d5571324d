package dev.gatehouse.web.page.view;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/** A whole page: its template fills the {@code main} block of {@code layout.mustache}. */
public abstract class PageView extends View {

    private final String title;
    private final Layout layout;

    protected PageView(String templateName, String title, Layout layout) {
        super(templateName, StandardCharsets.UTF_8);
        this.title = title;
        this.layout = layout;
    }

    public String title() {
        return title;
    }

    public Layout layout() {
        return layout;
    }
}
