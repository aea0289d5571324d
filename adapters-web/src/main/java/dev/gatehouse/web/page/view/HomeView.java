package dev.gatehouse.web.page.view;

import java.util.Optional;

public final class HomeView extends PageView {

    private final Optional<String> notice;

    public HomeView(Layout layout, Optional<String> notice) {
        super("home.mustache", "Welcome", layout);
        this.notice = notice;
    }

    /** What just happened, said once on arrival (an account deleted). */
    public Optional<String> notice() {
        return notice;
    }
}
