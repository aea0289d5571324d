package dev.gatehouse.web.page.access;

import dev.gatehouse.web.auth.SessionAuthentication;
import dev.gatehouse.web.auth.SessionCookie;
import dev.gatehouse.web.page.Layouts;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/** Puts the page filters in front of the pages that ask for them with {@link SignedInPage} or {@link PreSessionForm}. */
public final class PageAccessFeature implements DynamicFeature {

    private final SessionAuthentication authentication;
    private final SessionCookie sessionCookie;
    private final Layouts layouts;
    private final Refusals refusals;
    private final PreSessionCsrfFilter preSessionCsrf;

    public PageAccessFeature(SessionAuthentication authentication, SessionCookie sessionCookie, Layouts layouts,
                      Refusals refusals, PreSessionCsrfFilter preSessionCsrf) {
        this.authentication = authentication;
        this.sessionCookie = sessionCookie;
        this.layouts = layouts;
        this.refusals = refusals;
        this.preSessionCsrf = preSessionCsrf;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        SignedInPage signedIn = method.isAnnotationPresent(SignedInPage.class)
                ? method.getAnnotation(SignedInPage.class)
                : resource.getResourceClass().getAnnotation(SignedInPage.class);
        if (signedIn != null) {
            context.register(new SignedInPageFilter(authentication, sessionCookie,
                    Set.copyOf(Arrays.asList(signedIn.anyRoleOf())), layouts, refusals));
        }
        if (method.isAnnotationPresent(PreSessionForm.class)) {
            context.register(preSessionCsrf);
        }
    }
}
