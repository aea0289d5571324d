package dev.gatehouse.web.page;

public final class HomeView extends PageView {

    HomeView(Layout layout) {
        super("home.mustache", "Welcome", layout);
    }
}
