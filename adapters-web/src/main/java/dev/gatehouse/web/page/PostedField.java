package dev.gatehouse.web.page;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * One field of a form body, for a resource that accepts posts without a form too (sign-out with only
 * an {@code X-CSRF-Token} header): {@code @FormParam} would fail such a request with a 500 instead of
 * seeing no field. The body is buffered, as the CSRF check buffers it, so both can read it.
 */
public final class PostedField {

    private PostedField() {
    }

    public static Optional<String> of(ContainerRequestContext request, String name) {
        if (request instanceof ContainerRequest jersey
                && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(jersey.getMediaType())
                && jersey.hasEntity()) {
            jersey.bufferEntity();
            return Optional.ofNullable(jersey.readEntity(Form.class).asMap().getFirst(name));
        }
        return Optional.empty();
    }
}
