package dev.gatehouse.web.auth;

import dev.gatehouse.application.port.in.session.Authenticated;
import java.security.Principal;

/** The principal of an authenticated request, injected into resources with {@code @Auth}. */
public record SignedInUser(Authenticated authenticated, CredentialSource source) implements Principal {

    @Override
    public String getName() {
        return authenticated.user().id().toString();
    }
}
