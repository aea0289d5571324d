package dev.gatehouse.web.page.view;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A whole page: its template fills the {@code main} block of {@code layout.mustache}. */
public abstract class PageView extends View {

    private final String title;
    private final Layout layout;
    private Optional<Flash> flash = Optional.empty();

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

    /** The message of the action that led here, in the layout's status region; see {@link Flash}. */
    public Optional<Flash> flash() {
        return flash;
    }

    public void show(Flash shown) {
        this.flash = Optional.of(shown);
    }
}
