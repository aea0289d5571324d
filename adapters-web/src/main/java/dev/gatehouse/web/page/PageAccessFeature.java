package dev.gatehouse.web.page;

import dev.gatehouse.application.port.in.session.AuthenticateSessionUseCase;
import dev.gatehouse.web.auth.CookieTokenRotation;
import dev.gatehouse.web.auth.SessionCookie;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/** Puts the page filters in front of the pages that ask for them with {@link SignedInPage} or {@link PreSessionForm}. */
final class PageAccessFeature implements DynamicFeature {

    private final AuthenticateSessionUseCase sessions;
    private final CookieTokenRotation rotation;
    private final SessionCookie sessionCookie;
    private final Layouts layouts;
    private final Refusals refusals;
    private final PreSessionCsrfFilter preSessionCsrf;

    PageAccessFeature(AuthenticateSessionUseCase sessions, CookieTokenRotation rotation, SessionCookie sessionCookie,
                      Layouts layouts, Refusals refusals, PreSessionCsrfFilter preSessionCsrf) {
        this.sessions = sessions;
        this.rotation = rotation;
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
            context.register(new SignedInPageFilter(sessions, rotation, sessionCookie,
                    Set.copyOf(Arrays.asList(signedIn.anyRoleOf())), layouts, refusals));
        }
        if (method.isAnnotationPresent(PreSessionForm.class)) {
            context.register(preSessionCsrf);
        }
    }
}
