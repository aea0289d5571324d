package dev.gatehouse.web.page;

import dev.gatehouse.web.http.ReturnTo;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

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
        return redirect(htmx, location.uri());
    }

    /** Cannot fail either: a {@link ReturnTo} is an absolute URL checked against the allowed origins. */
    public static Response.ResponseBuilder redirect(HttpHeaders headers, ReturnTo location) {
        return redirect(requested(headers), location.uri());
    }

    /** To {@code returnTo} if one was asked for and allowed, else to {@code otherwise}. */
    public static Response.ResponseBuilder redirect(HttpHeaders headers, Optional<ReturnTo> returnTo,
                                                    LocalPath otherwise) {
        return returnTo.map(target -> redirect(headers, target)).orElseGet(() -> redirect(headers, otherwise));
    }

    private static Response.ResponseBuilder redirect(boolean htmx, URI location) {
        return htmx
                ? Response.noContent().header(REDIRECT, location.toString())
                : Response.seeOther(location);
    }

    public static Response.ResponseBuilder redirect(HttpHeaders headers, LocalPath location) {
        return redirect(requested(headers), location);
    }
}
