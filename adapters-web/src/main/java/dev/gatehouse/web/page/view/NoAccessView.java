package dev.gatehouse.web.page.view;

/** Shown with 403 to a signed-in person whose roles do not open the page. */
public final class NoAccessView extends PageView {

    public NoAccessView(Layout layout) {
        super("no-access.mustache", "No access", layout);
    }
}
