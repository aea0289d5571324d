package dev.gatehouse.web.http;

import dev.gatehouse.application.port.in.Actor;
import dev.gatehouse.domain.shared.RequestOrigin;
import dev.gatehouse.domain.user.User;
import jakarta.ws.rs.container.ContainerRequestContext;

/** The {@link RequestOrigin} that {@link ClientOriginFilter} attached to a request. */
public final class RequestOrigins {

    private static final String PROPERTY = RequestOrigin.class.getName();

    private RequestOrigins() {
    }

    static void set(ContainerRequestContext request, RequestOrigin origin) {
        request.setProperty(PROPERTY, origin);
    }

    public static RequestOrigin of(ContainerRequestContext request) {
        Object origin = request.getProperty(PROPERTY);
        if (origin instanceof RequestOrigin found) {
            return found;
        }
        throw new IllegalStateException("no request origin: is " + ClientOriginFilter.class.getSimpleName() + " registered?");
    }

    /** The signed-in {@code user} acting through this request. */
    public static Actor actor(User user, ContainerRequestContext request) {
        return new Actor(user, of(request));
    }
}
