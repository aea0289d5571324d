package dev.gatehouse.web.page;

import dev.gatehouse.application.port.in.session.Authenticated;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.web.page.view.Layout;
import java.util.Optional;

public final class Layouts {

    private final String serviceName;
    private final PageAssets assets;

    Layouts(String serviceName, PageAssets assets) {
        this.serviceName = serviceName;
        this.assets = assets;
    }

    public Layout anonymous() {
        return new Layout(serviceName, assets, Optional.empty());
    }

    public Layout signedIn(Authenticated authenticated) {
        return new Layout(serviceName, assets, Optional.of(
                new Layout.Account(authenticated.user().email().value(), authenticated.token().csrfToken(),
                        authenticated.user().hasRole(Role.ADMIN))));
    }
}
