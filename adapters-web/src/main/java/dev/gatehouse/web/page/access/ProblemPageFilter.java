package dev.gatehouse.web.page.access;

import dev.gatehouse.web.auth.SessionAuthentication;
import dev.gatehouse.web.auth.SignedInSecurityContext;
import dev.gatehouse.web.page.Htmx;
import dev.gatehouse.web.page.Layouts;
import dev.gatehouse.web.page.PageResource;
import dev.gatehouse.web.page.view.ErrorView;
import dev.gatehouse.web.page.view.FormErrors;
import dev.gatehouse.web.page.view.FormErrorsFragment;
import dev.gatehouse.web.page.view.Layout;
import dev.gatehouse.web.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;

/**
 * Turns a problem document into an error page when a browser asked for a page: an unknown address
 * (404), an unexpected failure (500) or an unreachable database (503) is answered by the exception
 * mappers in problem+json, which is right for the API and useless to a person. A request counts as
 * a page request when it reached one of the pages, whatever it accepts, or when its path is outside
 * {@code /api} and it names {@code text/html} among the types it accepts, as browsers do and API
 * clients accepting anything do not; htmx gets the message as a fragment for the form's error region. Status and headers ({@code Retry-After}) stay as the mapper set them.
 */
public final class ProblemPageFilter implements ContainerResponseFilter {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final Layouts layouts;
    private final SessionAuthentication authentication;

    public ProblemPageFilter(Layouts layouts, SessionAuthentication authentication) {
        this.layouts = layouts;
        this.authentication = authentication;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !isPageRequest(request)) {
            return;
        }
        Object page = Htmx.requested(request)
                ? new FormErrorsFragment(FormErrors.general(problem.detail()))
                : new ErrorView(layout(request, problem.status()), problem.status(), heading(problem.status()),
                        problem.detail());
        response.setEntity(page, new Annotation[0], HTML);
    }

    /**
     * The navigation of whoever asks: a page that failed after its filter let the person in knows
     * them already; an address no page answers (404) looks the session cookie up as a page would,
     * without rotating it. A server-side failure (5xx, the database gone, say) looks nothing up.
     */
    private Layout layout(ContainerRequestContext request, int status) {
        if (request.getSecurityContext() instanceof SignedInSecurityContext) {
            return layouts.signedIn(SignedInSecurityContext.signedIn(request.getSecurityContext()).authenticated());
        }
        if (status >= 500) {
            return layouts.anonymous();
        }
        try {
            SessionAuthentication.Verdict verdict = authentication.check(request, authentication.cookie(request));
            if (verdict instanceof SessionAuthentication.Accepted accepted) {
                return layouts.signedIn(accepted.session());
            }
            if (verdict instanceof SessionAuthentication.MissingCsrfToken refused) {
                return layouts.signedIn(refused.session());
            }
        } catch (RuntimeException unavailable) {
            // The error page is shown anyway, with the navigation of someone signed out.
        }
        return layouts.anonymous();
    }

    private static boolean isPageRequest(ContainerRequestContext request) {
        if (reachedAPage(request)) {
            return true;
        }
        String path = request.getUriInfo().getPath();
        boolean api = path.equals("api") || path.startsWith("api/") || path.startsWith("/api");
        return !api && (Htmx.requested(request) || request.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html")));
    }

    /** The pages are the resources under {@link PageResource#PACKAGE_TREE}; they speak HTML only. */
    private static boolean reachedAPage(ContainerRequestContext request) {
        return request.getUriInfo().getMatchedResources().stream()
                .anyMatch(resource -> resource.getClass().getPackageName().startsWith(PageResource.PACKAGE_TREE));
    }

    private static String heading(int status) {
        return switch (status) {
            case 404 -> "Page not found";
            case 503 -> "Temporarily unavailable";
            case 500 -> "Something went wrong";
            default -> status >= 500 ? "Something went wrong" : "Request not accepted";
        };
    }
}
