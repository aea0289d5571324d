package dev.gatehouse.web.page;

/** Shown with 403 to a signed-in person whose roles do not open the page. */
public final class NoAccessView extends PageView {

    NoAccessView(Layout layout) {
        super("no-access.mustache", "No access", layout);
    }
}
