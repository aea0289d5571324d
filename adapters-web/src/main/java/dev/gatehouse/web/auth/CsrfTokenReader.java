package dev.gatehouse.web.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.glassfish.jersey.server.ContainerRequest;

/** Finds the CSRF token a request carries: the {@code X-CSRF-Token} header or a form's {@code csrf_token}. */
final class CsrfTokenReader {

    static final String HEADER = "X-CSRF-Token";
    static final String FORM_FIELD = "csrf_token";

    private CsrfTokenReader() {
    }

    static Optional<String> read(ContainerRequestContext request) {
        String header = request.getHeaderString(HEADER);
        if (header != null) {
            return Optional.of(header);
        }
        if (request instanceof ContainerRequest jersey
                && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(jersey.getMediaType())
                && jersey.hasEntity()) {
            // Buffered so the resource can still read the form after this filter has.
            jersey.bufferEntity();
            Form form = jersey.readEntity(Form.class);
            return Optional.ofNullable(form.asMap().getFirst(FORM_FIELD));
        }
        return Optional.empty();
    }
}
