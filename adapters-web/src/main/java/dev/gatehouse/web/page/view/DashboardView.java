package dev.gatehouse.web.page.view;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.user.Role;
import java.util.stream.Collectors;

public final class DashboardView extends PageView {

    private final String email;
    private final String roles;
    private final ShownTime signedInAt;
    private final ShownTime endsAt;
    private final boolean rememberMe;

    public DashboardView(Layout layout, Authenticated signedIn) {
        super("dashboard.mustache", "Dashboard", layout);
        this.email = signedIn.user().email().value();
        this.roles = signedIn.user().roles().stream().sorted().map(Role::id).collect(Collectors.joining(", "));
        this.signedInAt = ShownTime.of(signedIn.session().createdAt(), signedIn.user());
        this.endsAt = ShownTime.of(signedIn.expiresAt(), signedIn.user());
        this.rememberMe = signedIn.session().rememberMe();
    }

    public String email() {
        return email;
    }

    public String roles() {
        return roles;
    }

    public ShownTime signedInAt() {
        return signedInAt;
    }

    public ShownTime endsAt() {
        return endsAt;
    }

    public boolean rememberMe() {
        return rememberMe;
    }
}
