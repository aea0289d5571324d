package dev.gatehouse.web.page;

import dev.gatehouse.web.page.view.Flash;
import dev.gatehouse.web.page.view.PageView;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Puts the message a redirect named ({@code ?done=roles-saved}) on the page it leads to, whichever
 * page that is, so that every page shows it in the same status region, with JavaScript and without.
 */
public final class FlashFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof PageView page && "GET".equals(request.getMethod())) {
            Flash.ofKey(request.getUriInfo().getQueryParameters().getFirst(Flash.PARAMETER)).ifPresent(page::show);
        }
    }
}
