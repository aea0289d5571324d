package dev.gatehouse.web.page;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The two ways a page request is answered with "go there": {@code 303 See Other} for a plain form
 * post, and for htmx an {@code HX-Redirect} header that makes it load the page itself. A 303 would
 * not do for htmx: the XMLHttpRequest follows it silently and htmx would swap the next page into
 * the form.
 */
public final class Htmx {

    public static final String REQUEST = "HX-Request";
    public static final String REDIRECT = "HX-Redirect";

    private Htmx() {
    }

    public static boolean requested(HttpHeaders headers) {
        return "true".equals(headers.getHeaderString(REQUEST));
    }

    public static boolean requested(ContainerRequestContext request) {
        return "true".equals(request.getHeaderString(REQUEST));
    }

    /** Cannot fail: a {@link LocalPath} was checked when it was made, before anything was done. */
    public static Response.ResponseBuilder redirect(boolean htmx, LocalPath location) {
        return htmx
                ? Response.noContent().header(REDIRECT, location.value())
                : Response.seeOther(location.uri());
    }

    public static Response.ResponseBuilder redirect(HttpHeaders headers, LocalPath location) {
        return redirect(requested(headers), location);
    }
}
