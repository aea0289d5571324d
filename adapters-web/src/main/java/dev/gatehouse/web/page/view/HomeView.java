package dev.gatehouse.web.page.view;

public final class HomeView extends PageView {

    public HomeView(Layout layout) {
        super("home.mustache", "Welcome", layout);
    }
}
