package dev.gatehouse.web.page.access;

import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.LocalPath;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.page.view.FormErrorsFragment;
import dev.gatehouse.web.page.view.FormRefusedView;
import dev.gatehouse.web.page.view.Layout;
import dev.gatehouse.web.page.view.NoAccessView;
import dev.gatehouse.web.page.view.PageView;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The answers of the page filters when they stop a request: to the sign-in page, or 403 as a page
 * (a fragment for htmx). Built as whole responses for {@code abortWith}, which bypasses the
 * exception mappers: those speak problem+json for the API.
 */
public final class Refusals {

    private final SessionCookie sessionCookie;

    public Refusals(SessionCookie sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    /**
     * To {@code /login}, with {@code next} set to the page asked for when it can be shown again by
     * a GET; a cookie that no longer opens a session is cleared on the way.
     */
    Response toSignIn(ContainerRequestContext request, boolean clearStaleCookie) {
        LocalPath location = pageToReturnTo(request)
                .flatMap(path -> LocalPath.parse("/login?next=" + URLEncoder.encode(path.value(), StandardCharsets.UTF_8)))
                .orElse(LocalPath.SIGN_IN);
        Response.ResponseBuilder response = Htmx.redirect(Htmx.requested(request), location);
        if (clearStaleCookie) {
            response.header(HttpHeaders.SET_COOKIE, sessionCookie.clear());
        }
        return response.build();
    }

    private static Optional<LocalPath> pageToReturnTo(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || Htmx.requested(request)) {
            return Optional.empty();
        }
        URI uri = request.getUriInfo().getRequestUri();
        return LocalPath.parse(uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery());
    }

    Response csrfRefused(ContainerRequestContext request, Layout layout, LocalPath backTo) {
        return forbidden(request, new FormRefusedView(layout, backTo.value()), FormRefusedView.MESSAGE);
    }

    Response noAccess(ContainerRequestContext request, Layout layout) {
        return forbidden(request, new NoAccessView(layout), "You do not have access to this.");
    }

    private static Response forbidden(ContainerRequestContext request, PageView page, String htmxMessage) {
        Object body = Htmx.requested(request) ? new FormErrorsFragment(FormErrors.general(htmxMessage)) : page;
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(body).build();
    }
}
