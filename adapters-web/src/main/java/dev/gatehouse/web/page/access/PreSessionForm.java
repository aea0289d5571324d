package dev.gatehouse.web.page.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the post of a form used before signing in (login, registration): {@link PageAccessFeature}
 * puts a {@link PreSessionCsrfFilter} in front of it, so it needs the pre-session CSRF token.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PreSessionForm {
}
